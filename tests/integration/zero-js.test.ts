// The anonymous article page and the home page are Pages Router pages that
// ship no JavaScript (docs/decisions/0013-zero-js-reader-pages.md): no script
// files, no inline framework script, the same head as before; the paywall
// gate's sign-up is a plain form that works without JavaScript; and their
// cache entries are refreshed at once when stories change.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";
import { base, followLink, inbox, magicLinkFrom, sessionCookie, testDb, waitForMail } from "../support/fixtures.ts";

const ID = "2007090041";

async function html(path: string, headers: Record<string, string> = {}) {
  const r = await fetch(`${base()}${path}`, { headers });
  return { status: r.status, url: r.url, text: await r.text(), headers: r.headers };
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("no JavaScript on the anonymous article and the home page", () => {
  for (const [name, path] of [
    ["anonymous article", `/articles/${ID}`],
    ["home page", "/"],
  ])
    it(`${name}: no script files, no inline framework script, no script preloads; the site's stylesheet, chrome and head`, async () => {
      const p = await html(path);
      expect(p.status).toBe(200);
      const scripts = [...p.text.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      expect(scripts.filter((t) => attr(t, "type") !== "application/ld+json")).toEqual([]);
      expect(p.text).not.toMatch(/<link\b[^>]*\b(as="script"|rel="modulepreload")/i);
      expect(p.text).not.toMatch(/__NEXT_DATA__|self\.__next_f|__next_s/);
      expect(p.text).toMatch(/<link[^>]+rel="stylesheet"[^>]+href="\/_next\/static\/[^"]+\.css"/);
      expect(p.text).toMatch(/^<!DOCTYPE html><html lang="en">/);
      expect(p.text).toContain('<body class="min-h-screen bg-white font-sans text-ink antialiased">');
      expect(p.text).toMatch(/<a href="#main"[^>]*>Skip to content<\/a>/);
      expect(p.text).toMatch(/<nav aria-label="Main"/);
      expect(p.text).toMatch(/<main id="main"/);
      expect(p.text).toMatch(/<footer role="contentinfo"[\s\S]*RSS feed/);
      expect(p.text).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1"/);
      expect(p.text).toMatch(/<meta name="theme-color" content="#7a1f1f"/);
      expect(p.text).toMatch(/<link[^>]+rel="icon" href="\/icon.svg"/);
      // An ISR page, served from Next's cache.
      expect(p.headers.get("x-nextjs-cache")).toMatch(/HIT|STALE|MISS/);
    });

  it("the article's head: templated title, teaser description, canonical URL, Open Graph, robots and the paywall JSON-LD", async () => {
    const p = await html(`/articles/${ID}`);
    const canonical = new URL(p.url).pathname;
    expect(canonical).toMatch(new RegExp(`^/articles/${ID}/us-sanctions`));
    expect(p.text).toMatch(/<title[^>]*>[^<]+ \| Trade Law Daily<\/title>/);
    expect(p.text).toMatch(/<meta name="description" content="[^"]{40,}"/);
    expect(p.text).toMatch(/<meta name="robots" content="index, follow"/);
    expect(attr(p.text.match(/<link[^>]+rel="canonical"[^>]*>/)![0], "href")).toBe(`${base()}${canonical}`);
    expect(p.text).toMatch(/<meta property="og:type" content="article"/);
    expect(attr(p.text.match(/<meta property="og:url"[^>]*>/)![0], "content")).toBe(`${base()}${canonical}`);
    expect(p.text).toMatch(/<meta property="article:published_time" content="\d{4}-/);
    expect(p.text).toMatch(/<meta name="twitter:card" content="summary"/);
    const ld = JSON.parse(p.text.match(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/)![1]);
    expect(ld).toMatchObject({ "@type": "NewsArticle", identifier: ID, isAccessibleForFree: false, mainEntityOfPage: `${base()}${canonical}` });
  });

  it("the home page's head: the site title, description, RSS alternate and Open Graph", async () => {
    const p = await html("/");
    expect(p.text).toMatch(/<title[^>]*>Trade Law Daily<\/title>/);
    expect(p.text).toMatch(/<meta name="description" content="Daily coverage of court proceedings/);
    // A path: the build prerenders this page, and an absolute URL would name the build's address (decision 29).
    expect(p.text).toMatch(/<link[^>]+rel="alternate" type="application\/rss\+xml" href="\/feed.xml" title="Trade Law Daily headlines"/);
    expect(p.text).toMatch(/<meta property="og:type" content="website"/);
    expect(p.text).toMatch(/<meta property="og:site_name" content="Trade Law Daily"/);
  });
});

/** The gate's form on the anonymous article, as a browser without JavaScript sees it. */
async function gateForm() {
  const page = await html(`/articles/${ID}`);
  const form = page.text.match(/<form([^>]*)>([\s\S]*?)<\/form>/);
  expect(form, "a form in the gate").toBeTruthy();
  const method = attr(`<form${form![1]}>`, "method");
  const action = attr(`<form${form![1]}>`, "action");
  const hidden = Object.fromEntries([...form![2].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)].map((m) => [m[1], decode(m[2])]));
  return { pageUrl: page.url, method, action: new URL(decode(action ?? ""), page.url).toString(), hidden };
}

/** POST the form the way a browser without JavaScript does: urlencoded, Origin of the page, no redirect following. */
async function postForm(f: Awaited<ReturnType<typeof gateForm>>, email: string, headers: Record<string, string> = {}) {
  const ip = `10.31.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  return fetch(f.action, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: new URL(f.pageUrl).origin,
      "sec-fetch-site": "same-origin",
      "x-forwarded-for": ip,
      ...headers,
    },
    body: new URLSearchParams({ ...f.hidden, email }),
  });
}

describe("the gate's free-preview sign-up without JavaScript", () => {
  it("is a plain POST form; the answer is a 303 to 'check your email' and the magic link arrives, leading back to the article", async () => {
    const f = await gateForm();
    expect(f.method).toBe("post");
    expect(new URL(f.action).pathname).toBe("/api/preview-signup");
    expect(f.hidden.returnTo).toMatch(new RegExp(`^/articles/${ID}/us-sanctions`));
    const email = `nojs.${randomBytes(4).toString("hex")}@example.com`;
    const r = await postForm(f, email);
    expect(r.status).toBe(303);
    const landed = await html(new URL(r.headers.get("location")!, f.action).pathname);
    expect(landed.url).toMatch(/\/sign-in\/check-email$/);
    expect(landed.text).toContain("Check your inbox");
    const link = magicLinkFrom(await waitForMail(email));
    const back = await followLink(link);
    expect(new URL(back.url).pathname).toBe(f.hidden.returnTo);
  });

  it("a bad address comes back on /sign-in with a clear error and the address as typed; nothing is sent", async () => {
    const before = (await inbox()).length;
    const f = await gateForm();
    const r = await postForm(f, "jane.doe@@example");
    expect(r.status).toBe(303);
    const back = await html(new URL(r.headers.get("location")!, f.action).pathname + new URL(r.headers.get("location")!, f.action).search);
    expect(new URL(back.url).pathname).toBe("/sign-in");
    expect(back.text).toMatch(/role="alert"[^>]*>Please enter a valid email address/);
    expect(back.text).toMatch(/<input[^>]+name="email"[^>]+value="jane.doe@@example"|<input[^>]+value="jane.doe@@example"[^>]+name="email"/);
    // The corrected address from there still returns to the article.
    expect(back.text).toContain(`name="returnTo" value="${f.hidden.returnTo}"`);
    expect((await inbox()).length).toBe(before);
  });

  it("a post from another site is refused and sends nothing (CSRF)", async () => {
    const f = await gateForm();
    const email = `csrf.${randomBytes(4).toString("hex")}@example.com`;
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example" },
      { origin: "null" },
    ];
    for (const headers of attempts) {
      const r = await postForm(f, email, headers);
      expect(r.status).toBe(403);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(await inbox(email)).toEqual([]);
  });
});

describe("cached zero-JS pages refresh at once when stories change", () => {
  let editor: string;
  beforeAll(async () => {
    editor = (await sessionCookie({ kind: "editor" })).cookie;
  });

  it("publishing puts the story on the home page; a correction (new headline and slug) and unpublishing reach the cached teaser", async () => {
    const tag = randomBytes(3).toString("hex");
    const headline = `Zero JS Story ${tag} on Steel Wire Duties`;
    await html("/");
    const before = new Set((await testDb().article.findMany({ select: { id: true } })).map((a) => a.id));
    await callAction(actionNamed("createArticleAction"), [], editor);
    const id = (await testDb().article.findMany({ select: { id: true } })).find((a) => !before.has(a.id))!.id;
    const story = (version: number, h: string) => ({
      id,
      version,
      headline: h,
      teaser: `Commerce set new duties on steel wire imports, story ${tag}.`,
      body: "The rates apply from next month.\n\nImporters may comment.",
      topics: ["tariffs"],
      authors: ["dana-whitcomb"],
      documents: [],
    });
    expect(actionResult<{ ok: boolean }>((await callAction(actionNamed("saveArticleAction"), [story(1, headline)], editor)).text).ok).toBe(true);
    const p = actionResult<{ ok: boolean; publicId: string }>((await callAction(actionNamed("publishAction"), [id], editor)).text);
    expect(p.ok).toBe(true);
    expect((await html("/")).text).toContain(headline);

    // Cached teaser, under both its short and full URL.
    const first = await html(`/articles/${p.publicId}`);
    expect(first.text).toContain(headline);
    const oldPath = new URL(first.url).pathname;
    expect((await html(oldPath)).headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);

    const corrected = `${headline} Corrected`;
    const { version } = await testDb().article.findUniqueOrThrow({ where: { id }, select: { version: true } });
    expect(actionResult<{ ok: boolean }>((await callAction(actionNamed("saveArticleAction"), [story(version, corrected)], editor)).text).ok).toBe(true);
    const now = await html(`/articles/${p.publicId}`);
    expect(now.text).toContain(corrected);
    expect(now.text).not.toContain("Correction, "); // a minor edit says nothing (decision 34)
    expect(new URL(now.url).pathname).not.toBe(oldPath);
    // The old slug now redirects to the new canonical URL.
    const old = await fetch(`${base()}${oldPath}`, { redirect: "manual" });
    expect([301, 308]).toContain(old.status);
    expect(old.headers.get("location")).toContain(new URL(now.url).pathname);
    expect((await html("/")).text).toContain(corrected);

    expect(actionResult<{ ok: boolean }>((await callAction(actionNamed("unpublishAction"), [id], editor)).text).ok).toBe(true);
    expect((await fetch(`${base()}/articles/${p.publicId}`)).status).toBe(404);
    expect((await fetch(`${base()}${new URL(now.url).pathname}`)).status).toBe(404);
    expect((await html("/")).text).not.toContain(corrected);
  });
});
