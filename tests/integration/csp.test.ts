// Content-Security-Policy with script nonces (docs/decisions/0010-security-headers.md):
// every App Router page renders per request; directly, it carries a fresh nonce
// from proxy.ts; behind the nginx front (deploy/front/) the app's scripts carry
// the install's secret placeholder, which the front replaces with a fresh nonce
// in every response, cached or not. The placeholder never reaches a client, and
// the page cache never mixes viewers or HTML with RSC payloads.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../lib/config.ts";
import { passKey } from "../../lib/access/pass.ts";
import { noncePlaceholder } from "../../lib/front/secrets.ts";
import { deployConf, hasNginx, NGINX, NGINX_INSTALL, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { base, sessionCookie } from "../support/fixtures.ts";

const ID = "2007090041";
const SECRET = "Integrated Joint Operations Platform"; // a phrase of the gated body (see no-leak.test.ts)

type Page = { status: number; url: string; html: string; headers: Headers; policy: string; nonce: string | null };

async function get(url: string, headers: Record<string, string> = {}): Promise<Page> {
  const r = await fetch(url, { headers, redirect: "follow" });
  const policy = r.headers.get("content-security-policy") ?? "";
  return { status: r.status, url: r.url, html: await r.text(), headers: r.headers, policy, nonce: policy.match(/'nonce-([^']+)'/)?.[1] ?? null };
}

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d === name || d.startsWith(`${name} `)) ?? null;

/**
 * Every <script> tag has exactly one nonce attribute, equal to the header's nonce.
 * `minScripts`: App Router pages carry several; the zero-JS article pages
 * (anonymous and signed-in) only their JSON-LD.
 */
function expectNoncedPage(p: Page, minScripts = 4) {
  expect(p.status).toBe(200);
  const scriptSrc = directive(p.policy, "script-src");
  expect(scriptSrc, p.policy).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(p.nonce).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
  expect(scriptSrc).toContain(`'nonce-${p.nonce}'`);
  for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(p.policy).toContain(d);
  const tags = [...p.html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
  expect(tags.length).toBeGreaterThanOrEqual(minScripts);
  for (const tag of tags)
    expect(
      [...tag.matchAll(/\snonce="([^"]*)"/g)].map((m) => m[1]),
      tag,
    ).toEqual([p.nonce]);
  // Script preloads are checked against script-src too.
  const preloads = [...p.html.matchAll(/<link\b[^>]*\bas="script"[^>]*>/gi)].map((m) => m[0]);
  for (const tag of preloads)
    expect(
      [...tag.matchAll(/\snonce="([^"]*)"/g)].map((m) => m[1]),
      tag,
    ).toEqual([p.nonce]);
}

describe("next start directly: pages rendered per request carry a fresh nonce", () => {
  let subscriber: string;
  beforeAll(async () => {
    subscriber = (await sessionCookie({ kind: "subscriber" })).cookie;
  });

  it("signed-in article page: nonce CSP, no script but its JSON-LD, a new nonce per response", async () => {
    const a = await get(`${base()}/articles/${ID}`, { cookie: subscriber });
    const b = await get(`${base()}/articles/${ID}`, { cookie: subscriber });
    expect(a.html).toContain(SECRET); // really the per-request, full-text route
    // A zero-JS page (decision 13): the nonce policy, and no script to run at all,
    // only the JSON-LD data block (not executed, so the policy does not apply to it).
    for (const p of [a, b]) {
      expect(directive(p.policy, "script-src")).toContain("'strict-dynamic'");
      expect([...p.html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0])).toEqual(['<script type="application/ld+json">']);
    }
    expect(a.nonce).not.toBe(b.nonce);
  });

  for (const p of ["/sign-in", "/search?q=tariff"])
    it(`${p} (anonymous, per request): nonce CSP, every script nonced, a new nonce per response`, async () => {
      const a = await get(`${base()}${p}`);
      const b = await get(`${base()}${p}`);
      expectNoncedPage(a);
      expectNoncedPage(b);
      expect(a.nonce).not.toBe(b.nonce);
    });

  it("a client claiming to be the front gets its own fresh nonce, never the front's placeholder", async () => {
    const placeholder = noncePlaceholder(passKey(loadConfig(process.env).authSecret));
    for (const claim of ["1", "yes", placeholder]) {
      const p = await get(`${base()}/sign-in`, { "x-tld-front": claim });
      expectNoncedPage(p);
      expect(p.html).not.toContain(placeholder);
      expect(p.policy).not.toContain(placeholder);
    }
  });

  it("a client cannot choose the nonce with its own CSP request header", async () => {
    const p = await get(`${base()}/sign-in`, { "content-security-policy": "script-src 'nonce-attacker'" });
    expectNoncedPage(p);
    expect(p.nonce).not.toBe("attacker");
    expect(p.html).not.toContain("attacker");
  });

  it("cached anonymous pages, without the front, get the base policy: no script-src, no default-src (honest: no nonce possible)", async () => {
    for (const p of [`/articles/${ID}`, "/"]) {
      const r = await get(`${base()}${p}`);
      expect(r.status).toBe(200);
      expect(directive(r.policy, "script-src")).toBeNull();
      expect(directive(r.policy, "default-src")).toBeNull();
      expect(r.policy).toContain("frame-ancestors 'none'");
      expect(r.html).not.toMatch(/<script[^>]*\snonce=/);
    }
  });

  it("the build caches only the zero-JS Pages Router pages, the App Router listings (which always carry the placeholder) and non-HTML routes", () => {
    const dist = path.resolve(".next-test");
    const manifest = JSON.parse(readFileSync(path.join(dist, "prerender-manifest.json"), "utf8")) as {
      routes: Record<string, unknown>;
      dynamicRoutes: Record<string, unknown>;
    };
    const cached = [...Object.keys(manifest.routes), ...Object.keys(manifest.dynamicRoutes)];
    expect(cached).toContain("/teaser/[id]/[[...slug]]");
    // Next's own 404 and error pages are prerendered (decision 10 says why the 404 stays so).
    const allowed = ["/", "/teaser/[id]/[[...slug]]", "/feed.xml", "/robots.txt", "/sitemap.xml", "/icon.svg", "/_not-found", "/_global-error"];
    // The listings Next caches: lib/proxy/csp.ts CACHED_LISTINGS gives every render of them the placeholder.
    allowed.push("/topics/[slug]/[[...page]]", "/authors/[slug]/[[...page]]", "/archive/[y]/[m]/[d]", "/latest/[page]");
    expect(cached.filter((r) => !allowed.includes(r))).toEqual([]);
  });
});

if (!hasNginx()) console.warn(`csp.test.ts: the front's tests are skipped: no nginx at ${NGINX}. Install it with: ${NGINX_INSTALL}`);

describe.skipIf(!hasNginx())("through the nginx front: a fresh nonce in every response, cached ones included", () => {
  let front: Nginx;
  let subscriber: string;
  let canonical: string;
  beforeAll(async () => {
    front = await startFront({ upstream: base() });
    subscriber = (await sessionCookie({ kind: "subscriber" })).cookie;
    canonical = new URL((await get(`${base()}/articles/${ID}`)).url).pathname;
  });
  afterAll(async () => {
    await front?.stop();
  });

  it("the anonymous article is served twice: the second is a cache HIT, each with its own nonce policy, and no script to run", async () => {
    const a = await get(`${front.url}${canonical}`);
    const b = await get(`${front.url}${canonical}`);
    expect(b.headers.get("x-cache")).toBe("HIT");
    // The zero-JS page: its only script is the JSON-LD data block, which needs no nonce (it is not run).
    for (const p of [a, b]) {
      expect(directive(p.policy, "script-src")).toContain(`'nonce-${p.nonce}'`);
      expect([...p.html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0])).toEqual(['<script type="application/ld+json">']);
    }
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.html).not.toContain(SECRET);
    expect(b.html).toContain("Sign up for a free preview to unlock the rest of this article");
    expect(b.html).toBe(a.html);
  });

  it("a listing first rendered for a direct client of next start still carries the placeholder, so the front nonces it", async () => {
    // /latest/3 is asked for nowhere else in the suite: this direct request is the render the cache keeps.
    const direct = await fetch(`${base()}/latest/3?direct=${Date.now()}`);
    const html = await direct.text();
    expect(direct.status).toBe(200);
    expect(direct.headers.get("x-nextjs-cache")).toBe("MISS");
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((t) => !t.includes("application/ld+json"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const t of scripts) expect(t, t).toMatch(/\snonce="[^"]+"/);
    expectNoncedPage(await get(`${front.url}/latest/3?via=front${Date.now()}`));
  });

  it("a cached App Router page is byte-identical apart from its nonce, which is fresh on every script of every response", async () => {
    const url = `${front.url}/topics/sanctions?same=${Date.now()}`;
    const a = await get(url);
    const b = await get(url);
    const c = await get(url);
    expect([b.headers.get("x-cache"), c.headers.get("x-cache")]).toEqual(["HIT", "HIT"]);
    for (const p of [a, b, c]) expectNoncedPage(p);
    expect(new Set([a.nonce, b.nonce, c.nonce]).size).toBe(3);
    const strip = (p: Page) => p.html.split(p.nonce!).join("NONCE");
    expect(strip(c)).toBe(strip(b));
    expect(strip(b)).toBe(strip(a));
  });

  it("a cached listing regenerated after a publish still carries the placeholder, so the front nonces it", async () => {
    const { actionNamed, actionResult, callAction } = await import("../support/actions.ts");
    const { testDb } = await import("../support/fixtures.ts");
    const editor = await sessionCookie({ kind: "editor" });
    const warm = await get(`${front.url}/topics/classification?warm=${Date.now()}`);
    expectNoncedPage(warm);
    const before = Date.now();
    await callAction(actionNamed("createArticleAction"), [], editor.cookie);
    const draft = await testDb().article.findFirstOrThrow({
      where: { lastEditorId: editor.userId, status: "DRAFT", createdAt: { gte: new Date(before - 1000) } },
      orderBy: { createdAt: "desc" },
    });
    const headline = `Classification Ruling on Nonce Regeneration ${Date.now().toString(36)}`;
    const saved = actionResult<{ ok: boolean }>(
      (
        await callAction(
          actionNamed("saveArticleAction"),
          [
            {
              id: draft.id,
              version: draft.version,
              headline,
              teaser: "A ruling that tests cached listings.",
              body: "Body of the regeneration story, long enough to publish it.",
              topics: ["classification"],
              authors: ["dana-whitcomb"],
              documents: [],
            },
          ],
          editor.cookie,
        )
      ).text,
    );
    expect(saved.ok).toBe(true);
    expect(actionResult<{ ok: boolean }>((await callAction(actionNamed("publishAction"), [draft.id], editor.cookie)).text).ok).toBe(true);
    // The publish marked the listing stale; the next renders regenerate it.
    let page = await get(`${front.url}/topics/classification?after=${Date.now()}`);
    for (let i = 0; i < 10 && !page.html.includes(headline); i++) {
      await new Promise((r) => setTimeout(r, 300));
      page = await get(`${front.url}/topics/classification?after=${Date.now()}-${i}`);
    }
    expect(page.html).toContain(headline);
    expectNoncedPage(page);
  });

  it("an address with no route, or a withdrawn or unknown article, gets the front's 404 page: the same status, no script to block", async () => {
    for (const p of ["/no-such-page", "/articles/9912319999", "/topics/no-such-topic"]) {
      const r = await get(`${front.url}${p}`);
      expect(r.status, p).toBe(404);
      expect(r.html, p).toContain("We could not find that page");
      expect(r.html, p).not.toMatch(/<script/i);
      expect(directive(r.policy, "script-src"), p).toContain("'strict-dynamic'");
    }
    // Under /api/ the app's own 404 answer goes through as it is (the front's page is not put in).
    const api = await fetch(`${front.url}/api/no-such-endpoint`);
    expect(api.status).toBe(404);
    expect(await api.text()).not.toContain("<title>Page not found | Trade Law Daily</title>");
  });

  it("the nonce placeholder never reaches a client through the front", async () => {
    const placeholder = noncePlaceholder(passKey(loadConfig(process.env).authSecret));
    for (const p of ["/topics/sanctions", "/topics", "/sign-in", "/subscribe", "/search?q=tariff", "/latest/2", "/no-such-page", canonical]) {
      const anon = await get(`${front.url}${p}`);
      const signedIn = await get(`${front.url}${p}`, { cookie: subscriber });
      for (const r of [anon, signedIn]) {
        expect(r.html, p).not.toContain(placeholder);
        expect(r.policy, p).not.toContain(placeholder);
      }
    }
  });

  it("a subscriber through the front is served by the app: the nonce policy, and no script to run", async () => {
    const p = await get(`${front.url}${canonical}`, { cookie: subscriber });
    expect(p.headers.get("x-cache")).toBe("BYPASS");
    expect(p.html).toContain(SECRET);
    expect(directive(p.policy, "script-src")).toContain(`'nonce-${p.nonce}'`);
    expect([...p.html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0])).toEqual(['<script type="application/ld+json">']);
  });

  it("the gated body is never served from the cache to an anonymous reader after a subscriber's request", async () => {
    // A URL nobody has requested yet: the subscriber's request is the first one the front sees.
    const url = `${front.url}${canonical}?v=${Date.now()}`;
    const sub = await get(url, { cookie: subscriber });
    expect(sub.html).toContain(SECRET);
    for (let i = 0; i < 2; i++) {
      const anon = await get(url);
      expect(anon.status).toBe(200);
      expect(anon.html).not.toContain(SECRET);
      expect(anon.html).toContain("Sign up for a free preview to unlock the rest of this article");
    }
    // The secure-prefixed cookie name bypasses too.
    const secure = await get(url, { cookie: subscriber.replace("next-auth.session-token", "__Secure-next-auth.session-token") });
    expect(secure.headers.get("x-cache")).toBe("BYPASS");
  });

  // On a cached App Router page: the anonymous article is a Pages Router page
  // and has no RSC payload (Next answers an RSC request for it with a redirect
  // to its HTML).
  it("an RSC request does not poison the HTML cache (header, prefetch or _rsc query)", async () => {
    const variants: Record<string, string>[] = [{ RSC: "1" }, { RSC: "1", "Next-Router-Prefetch": "1" }];
    for (const headers of variants) {
      const url = `${front.url}/topics/sanctions?r=${Date.now()}${Math.random()}`;
      const rsc = await fetch(url, { headers });
      expect(rsc.headers.get("content-type")).toContain("text/x-component");
      expect(rsc.headers.get("x-cache")).toBe("BYPASS");
      await rsc.text();
      const html = await get(url);
      expect(html.headers.get("content-type")).toContain("text/html");
      expect(html.html).toMatch(/^<!DOCTYPE html>/i);
      expect(html.headers.get("x-cache")).not.toBe("HIT");
      const again = await get(url);
      expect(again.headers.get("x-cache")).toBe("HIT");
      expectNoncedPage(again);
      // And the cached HTML is not handed to a later RSC request.
      const rscAfter = await fetch(url, { headers });
      expect(rscAfter.headers.get("content-type")).toContain("text/x-component");
      expect(await rscAfter.text()).not.toMatch(/^<!DOCTYPE html>/i);
    }
    const q = await fetch(`${front.url}/topics/sanctions?_rsc=abc${Date.now()}`, { headers: { RSC: "1" } });
    expect(q.headers.get("x-cache")).toBe("BYPASS");
    await q.text();
  });

  it("per-request pages through the front get nginx's nonce only (no second nonce attribute from Next)", async () => {
    const a = await get(`${front.url}/sign-in`);
    const b = await get(`${front.url}/sign-in`);
    expect(a.headers.get("x-cache")).not.toBe("HIT");
    expectNoncedPage(a);
    expectNoncedPage(b);
    expect(a.nonce).not.toBe(b.nonce);
  });

  it("compresses at the front and keeps the app's other security headers", async () => {
    const r = await fetch(`${front.url}${canonical}`, { headers: { "accept-encoding": "gzip" } });
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(r.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    // One policy (the front's), not the app's and the front's joined by a comma.
    expect(r.headers.get("content-security-policy")).not.toContain(",");
    expect(r.headers.get("content-encoding")).toBe("gzip");
    expect((await r.text()).length).toBeGreaterThan(1000); // fetch decodes gzip
  });
});

describe("deploy/nginx.conf", () => {
  it("is the configuration scripts/lib/front.ts generates (npm run front:conf)", () => {
    expect(existsSync("deploy/nginx.conf")).toBe(true);
    expect(readFileSync("deploy/nginx.conf", "utf8")).toBe(deployConf());
  });
});
