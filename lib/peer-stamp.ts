// The socket's address, as a request header no client can set: every request
// the server process receives gets PEER_HEADER overwritten with its socket's
// remote address before Next.js sees it (lib/request.ts explains why).
// Installed once, by instrumentation.ts, on the Node.js runtime.
import http from "node:http";
import { PEER_HEADER, PEER_STAMP } from "./request.ts";

export function installPeerStamp(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[PEER_STAMP] === true) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  g[PEER_STAMP] = true;
}
