// Which address a request counts as coming from (lib/request.ts, decision 22):
// the socket's (stamped by lib/peer-stamp.ts), or X-Forwarded-For only when the
// socket's peer is a trusted proxy (default: loopback 127.0.0.1 and ::1).
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPeerStamp } from "../../lib/peer-stamp.ts";
import { canonicalAddress, clientIp, PEER_HEADER, PEER_STAMP } from "../../lib/request.ts";

const h = (o: Record<string, string>) => new Headers(o);

describe("clientIp", () => {
  it("believes no address in a process without the peer stamp, whatever the headers say", () => {
    const g = globalThis as Record<symbol, unknown>;
    const had = g[PEER_STAMP];
    g[PEER_STAMP] = undefined;
    try {
      expect(clientIp(h({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "81.2.69.1" }))).toBe("unknown");
    } finally {
      g[PEER_STAMP] = had;
    }
  });

  describe("with the stamp", () => {
    let server: http.Server;
    let port: number;
    beforeAll(async () => {
      installPeerStamp();
      server = http.createServer((req, res) =>
        res.end(JSON.stringify({ peer: req.headers[PEER_HEADER], ip: clientIp(new Headers(req.headers as Record<string, string>)) })),
      );
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      port = (server.address() as { port: number }).port;
    });
    afterAll(async () => {
      await new Promise((r) => server.close(r));
    });
    const ask = (from: string, headers: Record<string, string> = {}) =>
      new Promise<{ peer: string; ip: string }>((resolve, reject) => {
        const req = http.request({ host: "127.0.0.1", port, localAddress: from, headers, agent: false }, (res) => {
          let b = "";
          res.on("data", (d) => (b += d));
          res.on("end", () => resolve(JSON.parse(b)));
        });
        req.on("error", reject);
        req.end();
      });

    it("the stamp is the socket's address, over anything the client sent", async () => {
      expect(await ask("127.0.0.3", { [PEER_HEADER]: "127.0.0.1" })).toEqual({ peer: "127.0.0.3", ip: "127.0.0.3" });
    });

    it("X-Forwarded-For counts only from a trusted proxy (127.0.0.1), and only when it is an address", async () => {
      expect((await ask("127.0.0.1", { "x-forwarded-for": "81.2.69.1, 10.0.0.1" })).ip).toBe("81.2.69.1");
      expect((await ask("127.0.0.1", { "x-forwarded-for": "2a00:1450::1" })).ip).toBe("2a00:1450::1");
      expect((await ask("127.0.0.1", { "x-forwarded-for": "not-an-address" })).ip).toBe("127.0.0.1");
      expect((await ask("127.0.0.1")).ip).toBe("127.0.0.1");
      expect((await ask("127.0.0.3", { "x-forwarded-for": "127.0.0.2" })).ip).toBe("127.0.0.3");
      expect((await ask("127.0.0.3", { "x-real-ip": "127.0.0.2" })).ip).toBe("127.0.0.3");
    });
  });

  it("canonical addresses: IPv4-mapped IPv6 as IPv4, brackets dropped, junk refused", () => {
    expect(canonicalAddress("::ffff:127.0.0.2")).toBe("127.0.0.2");
    expect(canonicalAddress("[2a00:1450:0::1]")).toBe("2a00:1450::1");
    expect(canonicalAddress("local")).toBeNull();
    expect(canonicalAddress("")).toBeNull();
  });
});
