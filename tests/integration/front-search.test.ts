// Search through the nginx front (scripts/lib/front.ts): a successful answer to
// a reader without a session is kept for a minute under its URL; signed-in
// readers, refusals (rate limit) and failures are never served from the cache.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hasNginx, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { sessionCookie } from "../support/fixtures.ts";
import { base } from "../support/fixtures.ts";

const LIMITED = /Too many searches; try again in (\d+) seconds?\./;
const resultsOf = (html: string) => [...html.matchAll(/data-result="([^"]+)"/g)].map((m) => m[1]);

async function get(url: string, headers: Record<string, string> = {}) {
  const r = await fetch(url, { headers, redirect: "manual" });
  return { status: r.status, cache: r.headers.get("x-cache"), html: await r.text() };
}

const setDatabase = async (up: boolean) => {
  const r = await fetch(`${inject("faultControlUrl")}/db?up=${up ? 1 : 0}`);
  expect(r.ok).toBe(true);
};

describe.skipIf(!hasNginx())("search through the front", () => {
  let front: Nginx;
  beforeAll(async () => {
    front = await startFront({ upstream: base() });
  });
  afterAll(async () => {
    await setDatabase(true);
    await front?.stop();
  });

  it("an anonymous search is answered by the app once, then from the cache with the same results", async () => {
    const url = `${front.url}/search?q=tariff&n=${Date.now()}`;
    const first = await get(url);
    const second = await get(url);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.cache, second.cache]).toEqual(["MISS", "HIT"]);
    expect(resultsOf(first.html).length).toBeGreaterThan(0);
    expect(resultsOf(second.html)).toEqual(resultsOf(first.html));
  });

  it("a signed-in reader's search is always the app's (it carries their alert form)", async () => {
    const { cookie } = await sessionCookie({ kind: "subscriber" });
    const url = `${front.url}/search?q=tariff&s=${Date.now()}`;
    await get(url);
    const signedIn = await get(url, { cookie });
    expect(signedIn.cache).toBe("BYPASS");
    expect(signedIn.html).toContain("Save as alert");
  });

  it("a failure is never cached: with the database away the answer is an error, and once it is back the same URL has results", async () => {
    const url = `${front.url}/search?q=sanctions&f=${Date.now()}`;
    await setDatabase(false);
    let down: Awaited<ReturnType<typeof get>>;
    try {
      down = await get(url);
    } finally {
      await setDatabase(true);
    }
    expect(down.status).toBeGreaterThanOrEqual(500);
    expect(resultsOf(down.html)).toEqual([]);
    // The app notices the database is back within a couple of seconds (lib/db-health.ts).
    let back = await get(url);
    for (let i = 0; i < 30 && back.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 200));
      back = await get(url);
    }
    expect(back.status).toBe(200);
    expect(back.cache).not.toBe("HIT");
    expect(resultsOf(back.html).length).toBeGreaterThan(0);
  });

  // Last: it spends this address's search allowance (the front sends the app 127.0.0.1 for every request here).
  it("a refusal by the rate limit is never cached: after the wait the same URL gets results", async () => {
    const limit = inject("searchRateLimitPerMinute");
    let refusedUrl: string | null = null;
    for (let i = 0; i < limit * 2 && !refusedUrl; i++) {
      const url = `${front.url}/search?q=tariff&r=${Date.now()}-${i}`;
      const p = await get(url);
      if (LIMITED.test(p.html)) refusedUrl = url;
    }
    expect(refusedUrl, "a search was refused").not.toBeNull();
    const again = await get(refusedUrl!);
    expect(again.cache).not.toBe("HIT");
    // The allowance is a minute's (decision 35: counted in PostgreSQL for every instance); wait as long as the refusal says.
    const wait = Number(again.html.match(LIMITED)?.[1] ?? 60);
    await new Promise((r) => setTimeout(r, wait * 1000 + 500));
    const later = await get(refusedUrl!);
    expect(later.html).not.toMatch(LIMITED);
    expect(resultsOf(later.html).length).toBeGreaterThan(0);
  }, 120_000);
});
