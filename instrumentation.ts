// Runs once when a Next.js server starts (next dev, next start): the Node.js
// part refuses to run on a bad configuration (lib/startup-check.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/startup-check.ts");
}
