// The front's upstream for several instances (decision 35): every instance a
// server line, failed idempotent requests passed on and POSTs never (no
// `non_idempotent`).
import { describe, expect, it } from "vitest";
import { deployConf, upstreamServers } from "../../scripts/lib/front.ts";

describe("the front's upstream", () => {
  it("one server line per instance of --upstream a,b", () => {
    expect(upstreamServers("127.0.0.1:3001,127.0.0.1:3002").split("\n")).toEqual([
      "    server 127.0.0.1:3001 max_fails=1 fail_timeout=2s;",
      "    server 127.0.0.1:3002 max_fails=1 fail_timeout=2s;",
    ]);
    expect(() => upstreamServers("")).toThrow(/no upstream/);
    expect(() => upstreamServers("127.0.0.1:3001; include /etc/passwd")).toThrow(/not host:port/);
  });

  it("npm run front:conf -- --upstream a,b: both in the block; idempotent requests retried on another, POSTs never", () => {
    const conf = deployConf({ upstream: "127.0.0.1:3001,127.0.0.1:3002" });
    const block = conf.match(/upstream tld_next \{([\s\S]*?)\}/)![1];
    expect(block).toContain("server 127.0.0.1:3001 ");
    expect(block).toContain("server 127.0.0.1:3002 ");
    expect(conf).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
    for (const line of conf.match(/^\s*proxy_next_upstream .*$/gm)!) expect(line).not.toMatch(/non_idempotent/);
  });
});
