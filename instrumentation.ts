// Runs once when a Next.js server starts (next dev, next start): the Node.js
// part refuses to run on a bad configuration (lib/startup-check.ts), and
// stamps every request with its socket's address (lib/peer-stamp.ts), which
// lib/request.ts's clientIp() needs, and listens for other instances'
// invalidations (lib/cache/broadcast.ts) and closes its connections once
// told to stop (lib/graceful-stop.ts; decision 35).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/startup-check.ts");
    (await import("./lib/peer-stamp.ts")).installPeerStamp();
    (await import("./lib/graceful-stop.ts")).installGracefulStop();
    (await import("./lib/cache/broadcast.ts")).startListening();
  }
}
