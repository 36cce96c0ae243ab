import { describe, expect, it } from "vitest";
import { TokenBuckets, tooManySearchesMessage } from "../../lib/search/rate-limit.ts";

describe("search token buckets", () => {
  it("a burst of the per-minute allowance, then one more a second at 60/min", () => {
    let t = 0;
    const b = new TokenBuckets(60, 60, 100, () => t);
    for (let i = 0; i < 60; i++) expect(b.take("1.2.3.4").allowed, `search ${i + 1}`).toBe(true);
    expect(b.take("1.2.3.4")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    t += 1000;
    expect(b.take("1.2.3.4").allowed).toBe(true);
    expect(b.take("1.2.3.4").allowed).toBe(false);
  });

  it("each client has its own bucket", () => {
    const b = new TokenBuckets(60, 2, 100, () => 0);
    b.take("a");
    b.take("a");
    expect(b.take("a").allowed).toBe(false);
    expect(b.take("b").allowed).toBe(true);
  });

  it("says how long to wait, rounded up, and keeps the bucket full after a pause", () => {
    let t = 0;
    const b = new TokenBuckets(6, 1, 100, () => t); // one token per 10 s
    expect(b.take("a").allowed).toBe(true);
    t = 2500;
    expect(b.take("a")).toEqual({ allowed: false, retryAfterSeconds: 8 });
    t = 3_600_000;
    expect(b.take("a").allowed).toBe(true);
    expect(b.take("a").allowed).toBe(false);
  });

  it("remembers a bounded number of clients; a forgotten one starts full", () => {
    const b = new TokenBuckets(60, 1, 2, () => 0);
    b.take("a");
    b.take("b");
    b.take("c");
    expect(b.take("a").allowed).toBe(true);
    expect(b.take("c").allowed).toBe(false);
  });

  it("the message", () => {
    expect(tooManySearchesMessage(1)).toBe("Too many searches; try again in 1 second.");
    expect(tooManySearchesMessage(30)).toBe("Too many searches; try again in 30 seconds.");
  });
});
