// One build runs anywhere (decision 29): the site's address is read when the app
// runs, never frozen by the build. The harness built .next-test with its own
// SITE_URL (http://localhost:<the build run's port>) and serves it with another
// (base()); this suite starts a second `next start` of the same build with a third,
// http://127.0.0.1:<its port>, and checks that canonical, og:url, the RSS links,
// the sitemap, robots.txt, a cached listing and the prerendered pages name only
// the address of the process that answers, or are paths the browser resolves.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "../../scripts/lib/front.ts";
import { base, testDb } from "../support/fixtures.ts";

const DIST = path.resolve(".next-test");
/** Every absolute address on this machine a page could name: the build's, the harness server's or ours. */
const LOCAL_ADDRESS = /https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?/g;

let app: ChildProcess | null = null;
let ours: string;
let story: { id: string; path: string };

async function waitUp(url: string, ms: number) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      await r.arrayBuffer();
      if (r.status < 500) return;
    } catch {}
    if (Date.now() > until) throw new Error(`${url} did not come up within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const get = async (p: string, from = ours) => {
  const r = await fetch(`${from}${p}`, { redirect: "manual" });
  return { status: r.status, text: await r.text() };
};
const attr = (tag: string, name: string) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];
/** The local addresses a body names that are not `origin`. */
const foreign = (text: string, origin = ours) => [...new Set(text.match(LOCAL_ADDRESS) ?? [])].filter((a) => a !== origin);

beforeAll(async () => {
  const port = await freePort();
  ours = `http://127.0.0.1:${port}`;
  const stripe = new URL(inject("stripeUrl"));
  app = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: path.resolve("."),
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: ".next-test",
      DATABASE_URL: inject("databaseUrl"),
      SMTP_URL: inject("smtpUrl"),
      STORAGE_DIR: inject("storageDir"),
      PORT: String(port),
      SITE_URL: ours,
      TLD_EMBEDDED: "db,smtp,stripe",
      STRIPE_SECRET_KEY: inject("stripeApiKey"),
      STRIPE_WEBHOOK_SECRET: inject("stripeWebhookSecret"),
      STRIPE_PUBLISHABLE_KEY: "pk_test_harness",
      STRIPE_API_HOST: stripe.hostname,
      STRIPE_API_PORT: stripe.port,
      STRIPE_API_PROTOCOL: "http",
      MAX_UPLOAD_MB: "5",
    },
  });
  await waitUp(`${ours}/healthz`, 60_000);
  // A story no earlier run has rendered (its slug is new), so its teaser page is
  // rendered, and cached, by this process.
  Object.assign(process.env, { DATABASE_URL: inject("databaseUrl"), SMTP_URL: inject("smtpUrl"), SITE_URL: base(), NODE_ENV: "production" });
  const { reloadConfig } = await import("../../lib/config.ts");
  reloadConfig();
  const { publishArticle } = await import("../../lib/articles/publish.ts");
  const db = testDb();
  const author = await db.author.findFirstOrThrow({ select: { id: true } });
  const topic = await db.topic.findFirstOrThrow({ where: { slug: "sanctions" }, select: { id: true } });
  const slug = `build-once-${randomBytes(4).toString("hex")}`;
  const a = await db.article.create({
    data: {
      slug,
      headline: `Build once ${slug}`,
      teaser: "A story published to see which address its page names.",
      body: "The rest of the story.",
      topics: { create: [{ topicId: topic.id }] },
      authors: { create: [{ authorId: author.id }] },
    },
  });
  const { publicId } = await publishArticle(a.id, {}, db);
  story = { id: a.id, path: `/articles/${publicId}/${slug}` };
}, 120_000);

afterAll(async () => {
  if (story) await testDb().article.delete({ where: { id: story.id } });
  if (app && app.exitCode === null) {
    const exited = new Promise((r) => app!.once("exit", r));
    app.kill("SIGTERM");
    await exited;
  }
});

describe("one build, started with another SITE_URL", () => {
  it("the anonymous article page (a cached teaser): canonical, og:url and JSON-LD name the run-time address", async () => {
    const p = await get(story.path);
    expect(p.status).toBe(200);
    expect(attr(p.text.match(/<link[^>]+rel="canonical"[^>]*>/)![0], "href")).toBe(`${ours}${story.path}`);
    expect(attr(p.text.match(/<meta property="og:url"[^>]*>/)![0], "content")).toBe(`${ours}${story.path}`);
    const ld = JSON.parse(p.text.match(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/)![1]);
    expect(ld.mainEntityOfPage).toBe(`${ours}${story.path}`);
    expect(foreign(p.text)).toEqual([]);
  });

  it("the home page (prerendered by the build), a cached listing and the not-found page name no other address; their RSS link is a path", async () => {
    for (const p of ["/", "/topics/sanctions", "/no-such-page"]) {
      const r = await get(p);
      expect(r.status, p).toBe(p === "/no-such-page" ? 404 : 200);
      const rss = r.text.match(/<link[^>]+type="application\/rss\+xml"[^>]*>/)?.[0];
      expect(rss, `${p}: the RSS alternate`).toBeDefined();
      expect(attr(rss!, "href"), p).toBe("/feed.xml");
      expect(foreign(r.text), p).toEqual([]);
    }
  });

  it("the RSS feed, the sitemap and robots.txt name the run-time address", async () => {
    const feed = await get("/feed.xml");
    expect(feed.status).toBe(200);
    expect(feed.text).toContain(`<link>${ours}/</link>`);
    expect(feed.text).toContain(`<atom:link href="${ours}/feed.xml"`);
    expect(feed.text).toContain(`<link>${ours}${story.path}</link>`);
    expect(foreign(feed.text)).toEqual([]);

    const sitemap = await get("/sitemap.xml");
    expect(sitemap.status).toBe(200);
    const locs = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${ours}${story.path}`);
    expect(locs.filter((l) => !l.startsWith(`${ours}/`))).toEqual([]);

    const robots = await get("/robots.txt");
    expect(robots.text).toMatch(new RegExp(`^Sitemap: ${ours.replace(/\./g, "\\.")}/sitemap\\.xml$`, "m"));
    expect(foreign(robots.text)).toEqual([]);
  });

  it("the harness's own server, same build, names its own address", async () => {
    const robots = await get("/robots.txt", base());
    expect(robots.text).toContain(`Sitemap: ${base()}/sitemap.xml`);
    const feed = await get("/feed.xml", base());
    expect(feed.text).toContain(`<link>${base()}${story.path}</link>`);
    expect(foreign(feed.text, base())).toEqual([]);
  });

  it("no page the build prerendered carries an address at all", () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
    const files = Object.keys(manifest.routes).flatMap((route) => {
      const name = route === "/" ? "/index" : route;
      return ["app", "pages"].flatMap((dir) => [".html", ".rsc", ".body", ".json"].map((ext) => path.join(DIST, "server", dir, `${name}${ext}`)));
    });
    const present = files.filter((f) => existsSync(f));
    expect(present.length).toBeGreaterThan(2);
    const named = present.filter((f) => new RegExp(LOCAL_ADDRESS.source).test(readFileSync(f, "utf8")));
    expect(named, "prerendered files naming a local address").toEqual([]);
  });
});
