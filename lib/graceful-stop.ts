// A stopping instance hands its connections back (decision 35). On SIGTERM
// Next stops listening and waits for every open connection to end; the front
// keeps its connections to an instance alive and reuses them while readers
// keep coming, so they never ended and the rolling deploy's stop hit its 30 s
// limit (seen). From SIGTERM on, every answer says `Connection: close`: the
// front finishes the requests it sent, opens no more connections here (the
// port is closed: it passes those requests to another instance) and the
// process exits as soon as its last answer is out. Installed once, by
// instrumentation.ts, on the Node.js runtime.
import http from "node:http";

const INSTALLED = Symbol.for("tld.gracefulStop");

export function installGracefulStop(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[INSTALLED] === true) return;
  let stopping = false;
  process.once("SIGTERM", () => {
    stopping = true;
  });
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && stopping) (args[1] as http.ServerResponse).shouldKeepAlive = false;
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  g[INSTALLED] = true;
}
