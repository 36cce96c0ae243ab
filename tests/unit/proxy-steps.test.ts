// The steps proxy.ts runs, one by one (lib/proxy/).
import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { passKey, sharedRenderToken } from "../../lib/access/pass.ts";
import { SHARED_RENDER_SECONDS } from "../../lib/access/pass.ts";
import { BASE_POLICY } from "../../lib/csp.ts";
import { frontToken, isFrontToken, noncePlaceholder } from "../../lib/front/secrets.ts";
import { policiesFor } from "../../lib/proxy/csp.ts";
import { frontCacheSeconds, LISTING_SECONDS } from "../../lib/proxy/front-cache.ts";
import { needsDatabase, outageAnswer } from "../../lib/proxy/outage.ts";
import { attachPass } from "../../lib/proxy/pass.ts";
import { articleRoute } from "../../lib/proxy/route.ts";

const key = passKey("a-test-secret-of-sufficient-length");
const req = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => new NextRequest(`http://localhost:3000${path}`, init);
const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1] ?? null;

describe("outage", () => {
  it("needs the database for writes, signed-in readers and the pages that always read it; not for cached anonymous pages", () => {
    expect(needsDatabase(req("/", { method: "POST" }), false)).toBe(true);
    expect(needsDatabase(req("/articles/2007090041"), true)).toBe(true);
    for (const p of ["/account", "/search?q=x", "/api/preview-signup", "/editions/2020-07-09/pdf", "/feed.xml", "/sitemap.xml"])
      expect(needsDatabase(req(p), false), p).toBe(true);
    for (const p of ["/", "/articles/2007090041/us-sanctions", "/topics/sanctions", "/editions"]) expect(needsDatabase(req(p), false), p).toBe(false);
    // The health probes answer for themselves, signed in or not (/readyz says 503 in its own JSON).
    for (const p of ["/healthz", "/readyz"]) expect(needsDatabase(req(p), true), p).toBe(false);
  });

  it("answers 503 with Retry-After: JSON for the API, a page for people", async () => {
    const api = outageAnswer(req("/api/preview-signup"));
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("5");
    expect(await api.json()).toMatchObject({ error: expect.stringMatching(/briefly unavailable/) });
    const page = outageAnswer(req("/account"));
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("We are briefly unavailable");
  });
});

describe("route", () => {
  it("sends anonymous article requests to the cached teaser, signed-in ones and verified shared renders to the per-request page", () => {
    expect(articleRoute(req("/articles/2007090041/us-sanctions"), false, key)).toEqual({ kind: "teaser", path: "/teaser/2007090041/us-sanctions" });
    expect(articleRoute(req("/articles/2007090041"), false, key)).toEqual({ kind: "teaser", path: "/teaser/2007090041" });
    expect(articleRoute(req("/articles/2007090041"), true, key)).toEqual({ kind: "signed-in" });
    expect(articleRoute(req("/articles/2007090041", { headers: { "x-tld-shared-render": sharedRenderToken(key) } }), false, key)).toEqual({ kind: "shared" });
    expect(articleRoute(req("/articles/2007090041", { headers: { "x-tld-shared-render": "guess" } }), false, key).kind).toBe("teaser");
    expect(articleRoute(req("/topics/sanctions"), false, key)).toEqual({ kind: "not-article" });
    expect(articleRoute(req("/articles/123"), false, key)).toEqual({ kind: "not-article" });
    // Office ranges (decision 22): rendered for the office, never the cached teaser; a session or the shared render still wins.
    expect(articleRoute(req("/articles/2007090041"), false, key, true)).toEqual({ kind: "office" });
    expect(articleRoute(req("/articles/2007090041"), true, key, true)).toEqual({ kind: "signed-in" });
    expect(articleRoute(req("/topics/sanctions"), false, key, true)).toEqual({ kind: "not-article" });
  });
});

describe("CSP", () => {
  const placeholder = () => noncePlaceholder(key);
  it("behind the front: the install's placeholder, for Next to stamp on the app's scripts", () => {
    const p = policiesFor({ path: "/topics", behindFront: true, dev: false, placeholder });
    expect(nonceOf(p.request)).toBe(placeholder());
    expect(p.response).toBe(p.request);
  });
  it("directly: a fresh nonce per request on pages rendered per request; none on the cached reader pages", () => {
    const a = policiesFor({ path: "/topics", behindFront: false, dev: false, placeholder });
    const b = policiesFor({ path: "/topics", behindFront: false, dev: false, placeholder });
    expect(nonceOf(a.request)).not.toBe(nonceOf(b.request));
    expect(nonceOf(a.request)).not.toBe(placeholder());
    for (const p of ["/", "/teaser/2007090041/us-sanctions"])
      expect(policiesFor({ path: p, behindFront: false, dev: false, placeholder })).toEqual({ request: null, response: BASE_POLICY });
  });
  it("the cached App Router listings always get the placeholder, so their cached HTML is the same for the front to nonce", () => {
    for (const path of ["/topics/sanctions", "/topics/sanctions/page/2", "/authors/dana-whitcomb", "/archive/2020/07/09", "/latest/2"]) {
      const direct = policiesFor({ path, behindFront: false, dev: false, placeholder });
      expect(nonceOf(direct.request), path).toBe(placeholder());
      // On the response too: Next stamps the nonce it finds there, and this render is the one every reader gets.
      expect(direct.response, path).toBe(direct.request);
      const front = policiesFor({ path, behindFront: true, dev: false, placeholder });
      expect(nonceOf(front.response), path).toBe(placeholder());
    }
    expect(nonceOf(policiesFor({ path: "/topics", behindFront: false, dev: false, placeholder }).request)).not.toBe(placeholder());
  });

  it("in development every page gets a fresh nonce, and eval for React's debugging", () => {
    const p = policiesFor({ path: "/", behindFront: false, dev: true, placeholder });
    expect(p.request).toContain("'unsafe-eval'");
    expect(nonceOf(p.request)).not.toBeNull();
  });
  it("only the front's token says a request came through the front", () => {
    expect(isFrontToken(key, frontToken(key))).toBe(true);
    for (const v of ["1", "", null, frontToken(passKey("another-secret-of-sufficient-length")), noncePlaceholder(key)])
      expect(isFrontToken(key, v)).toBe(false);
  });
});

describe("front cache", () => {
  const base = { method: "GET", hasSession: false, behindFront: true, shared: false, searchRefused: false };
  it("keeps anonymous listings a minute behind the front, and nothing personal", () => {
    for (const path of [
      "/topics",
      "/topics/sanctions",
      "/topics/sanctions/2",
      "/authors/dana-whitcomb",
      "/archive/2020/07/09",
      "/latest/2",
      "/editions",
      "/subscribe",
    ])
      expect(frontCacheSeconds({ ...base, path }), path).toBe(LISTING_SECONDS);
    expect(frontCacheSeconds({ ...base, path: "/topics", hasSession: true })).toBeNull();
    expect(frontCacheSeconds({ ...base, path: "/topics", behindFront: false })).toBeNull();
    expect(frontCacheSeconds({ ...base, path: "/topics", method: "POST" })).toBeNull();
    for (const path of ["/account", "/editions/2020-07-09/pdf", "/sign-in", "/newsroom", "/documents"])
      expect(frontCacheSeconds({ ...base, path }), path).toBeNull();
  });
  it("a shared render for its lifetime; a refused search never", () => {
    expect(frontCacheSeconds({ ...base, path: "/articles/2007090041", shared: true })).toBe(SHARED_RENDER_SECONDS);
    expect(frontCacheSeconds({ ...base, path: "/search", searchRefused: true })).toBe(0);
  });
  it("nothing answered to an office-range address is the front's to keep (decision 22)", () => {
    for (const path of ["/topics/sanctions", "/search", "/articles/2007090041", "/documents"])
      expect(frontCacheSeconds({ ...base, path, office: true }), path).toBe(0);
  });
});

describe("access pass", () => {
  it("mints a pass for a signed-in article reader without one, and clears a stale one when the session is unknown", async () => {
    const minted = NextResponse.next();
    await attachPass(minted, req("/articles/2007090041"), "session-token", async () => ({
      name: "tld_pass",
      value: "full.1.x",
      maxAge: 120,
      level: "full",
      secure: false,
    }));
    expect(minted.cookies.get("tld_pass")?.value).toBe("full.1.x");
    const unknown = NextResponse.next();
    await attachPass(unknown, req("/articles/2007090041"), "session-token", async () => null);
    expect(unknown.headers.get("set-cookie")).toMatch(/tld_pass=;/);
    const failed = NextResponse.next();
    await attachPass(failed, req("/articles/2007090041"), "session-token", async () => {
      throw new Error("database away");
    });
    expect(failed.headers.get("set-cookie")).toBeNull();
  });
});
