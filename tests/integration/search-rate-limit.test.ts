// Issue 10's rate limit on search: per client IP (X-Forwarded-For from the
// trusted proxy), a burst of SEARCH_RATE_LIMIT_PER_MINUTE, then a clear
// message instead of a search; other clients are unaffected.
import { describe, expect, inject, it } from "vitest";
import { base } from "../support/fixtures.ts";

async function searchFrom(ip: string, params: Record<string, string>) {
  const r = await fetch(`${base()}/search?${new URLSearchParams(params)}`, { headers: { "x-forwarded-for": `${ip}, 10.0.0.1` } });
  return { status: r.status, text: await r.text(), accelExpires: r.headers.get("x-accel-expires") };
}

const LIMITED = /Too many searches; try again in (\d+) seconds?\./;
const resultsOf = (html: string) => [...html.matchAll(/data-result="([^"]+)"/g)].map((m) => m[1]);

describe("search rate limit", () => {
  it("N+1 rapid searches from one address: the last is refused with a message and no search; another address still searches", async () => {
    const limit = inject("searchRateLimitPerMinute");
    const ip = "203.0.113.7";
    const started = Date.now();
    let allowed = 0;
    let refused: string | null = null;
    // One after another until refused: the bucket refills at limit/60 a second meanwhile.
    for (let i = 0; i < limit * 2 && !refused; i++) {
      const r = await searchFrom(ip, { q: i % 2 ? "sanctions" : "tariffs" });
      expect(r.status).toBe(200);
      if (LIMITED.test(r.text)) {
        refused = r.text;
        // Told to the nginx front: never keep this answer (it is this client's, not the URL's).
        expect(r.accelExpires).toBe("0");
      } else {
        expect(r.text).toMatch(/\d+ results?:/);
        allowed++;
      }
    }
    const seconds = (Date.now() - started) / 1000;
    expect(refused, "a search was refused").not.toBeNull();
    expect(allowed).toBeGreaterThanOrEqual(limit);
    expect(allowed).toBeLessThanOrEqual(limit + Math.ceil((seconds * limit) / 60) + 1);
    // Refused: no results, no count, no alert form, but the search box is still there.
    expect(Number(refused!.match(LIMITED)![1])).toBeGreaterThanOrEqual(1);
    expect(resultsOf(refused!)).toEqual([]);
    expect(refused!).not.toMatch(/\d+ results?:|No results\./);
    expect(refused!).toContain('role="search"');

    // A client cannot refuse itself by sending the header proxy.ts uses to tell the page.
    const forged = await fetch(`${base()}/search?q=sanctions`, { headers: { "x-forwarded-for": "203.0.113.9", "x-tld-search-limited": "30" } });
    expect(await forged.text()).not.toMatch(LIMITED);

    const other = await searchFrom("203.0.113.8", { q: "sanctions" });
    expect(other.text).not.toMatch(LIMITED);
    expect(resultsOf(other.text).length).toBeGreaterThan(0);

    // The empty search page costs nothing and is never refused.
    expect((await searchFrom(ip, {})).text).not.toMatch(LIMITED);
  });
});
