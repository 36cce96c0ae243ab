// Runs once when a Next.js server starts (next dev, next start). A server
// started by hand, without npm start's launcher, still refuses to run on a bad
// configuration, for example a guessable NEXTAUTH_SECRET in production
// (lib/config.ts): one sentence, then exit, instead of failing request by request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config, ConfigError } = await import("./lib/config.ts");
  try {
    config();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}
