// The start-up checks that turn a fresh machine's usual obstacles into one sentence.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { firstUnenterable, portTaken, requireFreePort, StartupError } from "../../scripts/lib/preflight.ts";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("a port already in use", () => {
  it("is named, with what needs it and the variable that moves it, in one sentence", async () => {
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
    const port = (srv.address() as net.AddressInfo).port;
    try {
      expect(await portTaken(port)).toBe(true);
      const e = await requireFreePort(port, "the local Stripe double", "STRIPE_DOUBLE_PORT").catch((x: unknown) => x);
      expect(e).toBeInstanceOf(StartupError);
      const msg = (e as Error).message;
      expect(msg).toContain(`Port ${port}`);
      expect(msg).toContain("STRIPE_DOUBLE_PORT");
      expect(msg).not.toContain("\n");
      expect(msg.match(/\. /g)).toBeNull(); // one sentence
    } finally {
      await new Promise((r) => srv.close(r));
    }
    expect(await portTaken(port)).toBe(false);
  });
});

describe.skipIf(!isRoot)("a directory another user cannot enter (as root)", () => {
  it("is found, outermost first, by asking the kernel as that user", () => {
    const top = mkdtempSync(path.join(os.tmpdir(), "tld-preflight-"));
    const inner = path.join(top, "checkout", "node_modules");
    mkdirSync(inner, { recursive: true });
    const nobody = { uid: 65534, gid: 65534 };
    try {
      chmodSync(top, 0o700); // as mktemp -d makes it
      expect(firstUnenterable([inner], nobody)).toBe(top);
      chmodSync(top, 0o755);
      expect(firstUnenterable([inner], nobody)).toBeNull();
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});
