import { describe, expect, it } from "vitest";
import { searchCacheKey, TtlCache } from "../../lib/search/cache.ts";
import { parseSearchRequest } from "../../lib/search/params.ts";

const key = (raw: Record<string, unknown>, full = false) => searchCacheKey(parseSearchRequest(raw), full);

describe("searchCacheKey", () => {
  it("the same search typed differently is one key", () => {
    expect(key({ q: "  Forced   Labor " })).toBe(key({ q: "forced labor" }));
    expect(key({ q: "steel", issuer: "U.S. Court of International Trade" })).toBe(key({ q: "STEEL", issuer: "u.s. court of international trade" }));
    expect(key({ q: "x", case: " 24-00025 " })).toBe(key({ q: "X", case: "24-00025" }));
    // Defaults spelled out or left out, and unknown values that fall back to them.
    expect(key({ q: "steel" })).toBe(key({ q: "steel", kind: "all", sort: "relevance", page: "1", type: "NOPE", from: "2020-99-99" }));
  });

  it("anything that changes the answer changes the key", () => {
    const base = key({ q: "steel" });
    for (const other of [
      { q: "steel mill" },
      { q: "steel", page: "2" },
      { q: "steel", sort: "date" },
      { q: "steel", kind: "articles" },
      { q: "steel", topic: "ad-cvd" },
      { q: "steel", type: "COURT_OPINION" },
      { q: "steel", issuer: "CBP" },
      { q: "steel", case: "24-1" },
      { q: "steel", from: "2020-01-01" },
      { q: "steel", to: "2020-01-01" },
    ])
      expect(key(other), JSON.stringify(other)).not.toBe(base);
  });

  it("full-text and public searches never share an entry", () => {
    expect(key({ q: "steel" }, true)).not.toBe(key({ q: "steel" }, false));
  });

  it("a truncated query and the same text typed short are one search", () => {
    const long = `sanctions ${"x".repeat(1200)}`;
    const r = parseSearchRequest({ q: long });
    expect(r.truncated).toBe(true);
    expect(key({ q: long })).toBe(key({ q: r.q }));
  });
});

describe("TtlCache", () => {
  it("forgets entries after the TTL", () => {
    let t = 0;
    const c = new TtlCache<string>(10, 60_000, () => t);
    c.set("a", "1");
    t = 59_999;
    expect(c.get("a")).toBe("1");
    t = 60_000;
    expect(c.get("a")).toBeUndefined();
  });

  it("is bounded: the least recently used entry goes first", () => {
    const c = new TtlCache<number>(2, 60_000);
    c.set("a", 1);
    c.set("b", 2);
    c.get("a");
    c.set("c", 3);
    expect([c.get("a"), c.get("b"), c.get("c")]).toEqual([1, undefined, 3]);
    expect(c.size).toBe(2);
  });

  it("remember: concurrent callers share one load; failures and rejected values are not kept", async () => {
    const c = new TtlCache<Promise<string>>(10, 60_000);
    let loads = 0;
    const load = async () => (loads++, "v");
    expect(await Promise.all([c.remember("k", load), c.remember("k", load)])).toEqual(["v", "v"]);
    expect(loads).toBe(1);

    await expect(c.remember("bad", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await c.remember("bad", async () => "up")).toBe("up");

    expect(
      await c.remember(
        "err",
        async () => "error",
        (v) => v !== "error",
      ),
    ).toBe("error");
    await Promise.resolve();
    expect(
      await c.remember(
        "err",
        async () => "ok",
        (v) => v !== "error",
      ),
    ).toBe("ok");
  });
});
