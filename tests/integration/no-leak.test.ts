// The gated body never reaches a viewer who may not read it, by any path.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { getFrom, officeLicence } from "../support/office.ts";
import { BOT_UAS, BROWSER_UA, createShareLink, spareArticle } from "../support/sharing.ts";

const ID = "2007090041";
const SECRETS = ["Integrated Joint Operations Platform", "Huo Liujun"];

/** The loopback address requests come from (office ranges, decision 22); unset: the default. */
let from: string | undefined;

async function get(path: string, headers: Record<string, string> = {}) {
  if (from) {
    const a = await getFrom(from, `${base()}${path}`, headers);
    return { status: a.status, url: a.url, text: a.text, headers: new Headers(Object.entries(a.headers).map(([k, v]): [string, string] => [k, String(v)])) };
  }
  const r = await fetch(`${base()}${path}`, { headers, redirect: "follow" });
  return { status: r.status, url: r.url, text: await r.text(), headers: r.headers };
}

/** Every response a reader could obtain about the article. */
async function everyPath(cookie?: string, address?: string) {
  from = address;
  try {
    return await everyPathFrom(cookie);
  } finally {
    from = undefined;
  }
}

async function everyPathFrom(cookie?: string) {
  const h: Record<string, string> = cookie ? { cookie } : {};
  const page = await get(`/articles/${ID}`, h);
  const canonical = new URL(page.url).pathname;
  const out: Record<string, string> = { html: page.text };
  out.rscHeader = (await get(canonical, { ...h, RSC: "1" })).text;
  out.rscParam = (await get(`${canonical}?_rsc=leak1`, { ...h, RSC: "1" })).text;
  out.rscPrefetch = (await get(canonical, { ...h, RSC: "1", "Next-Router-Prefetch": "1" })).text;
  out.teaserRoute = (await get(`/teaser/${ID}`, h)).text;
  out.feed = (await get("/feed.xml", h)).text;
  out.sitemap = (await get("/sitemap.xml", h)).text;
  out.robots = (await get("/robots.txt", h)).text;
  out.session = (await get("/api/auth/session", h)).text;
  out.notFound = (await get(`/articles/${ID}/x/y/z`, h)).text;
  out.home = (await get("/", h)).text;
  out.topic = (await get("/topics/sanctions", h)).text;
  out.archive = (await get("/archive/2020/07/09", h)).text;
  // Client bundles referenced by the page: none. The anonymous teaser and the
  // signed-in article page are both zero-JS Pages Router pages (decision 13).
  const scripts = [...new Set([...page.text.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]))];
  expect(scripts).toEqual([]);
  // Their page data, as Next serves it to its client router: the teaser's
  // (getStaticProps) and the article route's (getServerSideProps, per viewer).
  const buildId = readFileSync(path.resolve(".next-test/BUILD_ID"), "utf8").trim();
  out.pageData = (await get(`/_next/data/${buildId}/teaser/${ID}/${canonical.split("/").pop()}.json`, h)).text;
  out.articleData = (await get(`/_next/data/${buildId}${canonical}.json`, h)).text;
  return { out, canonical };
}

describe("no leak of the gated body", () => {
  let cookies: Record<string, string | undefined>;
  beforeAll(async () => {
    cookies = {
      anonymous: undefined,
      "forged cookie": "next-auth.session-token=forged-not-a-real-session",
      "preview-expired": (await sessionCookie({ kind: "preview-expired" })).cookie,
    };
  });

  for (const who of ["anonymous", "forged cookie", "preview-expired"])
    it(`${who}: body is in none of the responses; teaser, gate and cross-reference are`, async () => {
      const { out } = await everyPath(cookies[who]);
      for (const [name, text] of Object.entries(out)) for (const s of SECRETS) expect(text.includes(s), `${s} leaked in ${name} for ${who}`).toBe(false);
      expect(out.html).toContain(who === "preview-expired" ? "Your free preview has ended" : "Sign up for a free preview to unlock the rest of this article");
      expect(out.html).toMatch(/href="\/articles\/2006170064\/[^"]+"/);
      expect(out.html).toContain('"isAccessibleForFree":false');
      expect(out.html).toContain('"cssSelector":".paywalled-content"');
    });

  // Office ranges (decision 22): 127.0.0.22 is a licence's office; 127.0.0.23 is next door;
  // 127.0.0.24 is the office of a licence that ended. Neither of the last two reads, by any path,
  // even when claiming the licensed address in X-Forwarded-For.
  describe("office ranges", () => {
    beforeAll(async () => {
      await officeLicence({ ranges: "127.0.0.22/32" });
      await officeLicence({ ranges: "127.0.0.24/32", ended: true });
    });
    for (const [who, address] of [
      ["outside every office range", "127.0.0.23"],
      ["in the office range of a licence that ended", "127.0.0.24"],
    ] as const)
      it(`${who}: body is in none of the responses`, async () => {
        for (const cookie of [undefined, cookies["preview-expired"]]) {
          const { out } = await everyPath(cookie, address);
          for (const [name, text] of Object.entries(out)) for (const s of SECRETS) expect(text.includes(s), `${s} leaked in ${name} for ${who}`).toBe(false);
          expect(out.html).toMatch(/Sign up for a free preview to unlock the rest of this article|Your free preview has ended/);
        }
        const forged = await getFrom(address, `${base()}/articles/${ID}`, { "x-forwarded-for": "127.0.0.22" });
        for (const s of SECRETS) expect(forged.text).not.toContain(s);
      });
    it("the licensed office itself reads (so the two above are not vacuous)", async () => {
      const { out } = await everyPath(undefined, "127.0.0.22");
      expect(out.html).toContain(SECRETS[0]);
      expect(out.articleData).toContain(SECRETS[0]);
    });
  });

  it("preview-expired readers see a gate that says the preview ended and links to plans", async () => {
    const { out } = await everyPath(cookies["preview-expired"]);
    expect(out.html).toContain("Your free preview has ended");
    expect(out.html).toContain('href="/subscribe"');
  });

  for (const kind of ["preview", "subscriber", "editor"] as const)
    it(`${kind}: reads the body in the HTML and in the article route's page data`, async () => {
      const { cookie } = await sessionCookie({ kind });
      const { out } = await everyPath(cookie);
      for (const s of SECRETS) {
        expect(out.html).toContain(s);
        expect(out.articleData).toContain(s);
      }
      expect(out.html).toMatch(/href="\/articles\/2006170064\/[^"]+"/);
      expect(out.html).not.toContain("Sign up for a free preview to unlock the rest of this article");
      // Even for entitled readers, feeds and meta tags carry the teaser only.
      for (const s of SECRETS) {
        expect(out.feed).not.toContain(s);
        expect(out.html.match(/<meta[^>]+>/g)!.join("")).not.toContain(s);
        expect(out.html.match(/<script type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/)![0]).not.toContain(s);
      }
    });
});

describe("anonymous pages come from cache", () => {
  it("a preview reader's visit does not put the body into the cache anonymous visitors get", async () => {
    const { cookie } = await sessionCookie({ kind: "preview" });
    const anon1 = await get(`/articles/${ID}`);
    const full = await get(`/articles/${ID}`, { cookie });
    expect(full.text).toContain(SECRETS[0]);
    const anon2 = await get(`/articles/${ID}`);
    expect(anon2.text).not.toContain(SECRETS[0]);
    expect(anon2.headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);
    expect(anon1.text).not.toContain(SECRETS[0]);
    // The entitled response must not be marked cacheable by shared caches.
    expect(full.headers.get("cache-control") ?? "").toMatch(/private|no-store|no-cache/);
  });

  it("the home page is served from cache and lists at least 20 headlines, newest first", async () => {
    await get("/");
    const home = await get("/");
    expect(home.headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);
    const ids = [...home.text.matchAll(/href="\/articles\/(\d{10})\//g)].map((m) => m[1]);
    expect(new Set(ids).size).toBeGreaterThanOrEqual(20);
  });

  it("unknown IDs are 404 and a wrong slug redirects to the canonical URL", async () => {
    expect((await fetch(`${base()}/articles/9999999999`)).status).toBe(404);
    const r = await fetch(`${base()}/articles/${ID}/wrong-slug`, { redirect: "manual" });
    expect([301, 308]).toContain(r.status);
    expect(r.headers.get("location")).toMatch(new RegExp(`/articles/${ID}/us-sanctions`));
  });
});

// Share links (decision 32): a link unlocks its own story for a person's browser, and nothing else,
// by no path; what it unlocks is never in a response a cache may keep for anyone else.
describe("share links", () => {
  let link: string;
  let token: string;
  let other: Awaited<ReturnType<typeof spareArticle>>;
  beforeAll(async () => {
    link = (await createShareLink((await sessionCookie({ kind: "subscriber" })).cookie, ID)).path!;
    token = link.split("/").pop()!;
    other = await spareArticle(4);
  });

  it("the link itself: full text, private and never stored by a shared cache (so the test below is not vacuous)", async () => {
    const r = await get(link, { "user-agent": BROWSER_UA });
    expect(r.text).toContain(SECRETS[0]);
    expect(r.headers.get("cache-control")).toBe("private, no-store");
  });

  it("another story's ID, a changed token, a bot or link previewer, no user agent: no body, of either story", async () => {
    const buildId = readFileSync(path.resolve(".next-test/BUILD_ID"), "utf8").trim();
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    const tries: [string, Record<string, string>][] = [
      [`/s/${other.publicId}/${token}`, { "user-agent": BROWSER_UA }],
      [`/_next/data/${buildId}/s/${other.publicId}/${token}.json`, { "user-agent": BROWSER_UA }],
      [`/articles/${other.publicId}?share=${token}`, { "user-agent": BROWSER_UA }],
      [`/articles/${ID}?share=${token}`, { "user-agent": BROWSER_UA }],
      [`/s/${ID}/${flipped}`, { "user-agent": BROWSER_UA }],
      [`/s/${ID}/${token.toLowerCase()}`, { "user-agent": BROWSER_UA }],
      [`/_next/data/${buildId}/s/${ID}/${flipped}.json`, { "user-agent": BROWSER_UA }],
      ...BOT_UAS.map((ua): [string, Record<string, string>] => [link, { "user-agent": ua }]),
      ...BOT_UAS.map((ua): [string, Record<string, string>] => [`/_next/data/${buildId}${link}.json`, { "user-agent": ua }]),
      [link, {}],
    ];
    for (const [url, headers] of tries) {
      const r = await get(url, headers);
      for (const s of [...SECRETS, other.phrase]) expect(r.text.includes(s), `${s} leaked at ${url} (${headers["user-agent"] ?? "no agent"})`).toBe(false);
    }
  });

  it("after a recipient has read through the link, every anonymous path is still without the body", async () => {
    expect((await get(link, { "user-agent": BROWSER_UA })).text).toContain(SECRETS[0]);
    const { out } = await everyPath();
    for (const [name, text] of Object.entries(out)) for (const s of SECRETS) expect(text.includes(s), `${s} leaked in ${name} after a shared read`).toBe(false);
  });

  it("revoked or expired: no body", async () => {
    const row = await testDb().shareLink.findFirstOrThrow({
      where: { article: { publicId: ID } },
      orderBy: { createdAt: "desc" },
      select: { id: true, expiresAt: true },
    });
    await testDb().shareLink.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await get(link, { "user-agent": BROWSER_UA })).text).not.toContain(SECRETS[0]);
    await testDb().shareLink.update({ where: { id: row.id }, data: { expiresAt: row.expiresAt, revokedAt: new Date() } });
    expect((await get(link, { "user-agent": BROWSER_UA })).text).not.toContain(SECRETS[0]);
  });
});
