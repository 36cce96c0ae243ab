// Private full-text feeds (issue 20, decision 31): a reader with full access
// makes a feed URL on the account page; the feed carries full text while the
// reader's access lasts, and teasers with a note once it ends; revoking it
// makes the URL answer 410; each fetch that serves full text shows in the
// licence's usage report and CSV as feed reads; fetches are limited per
// token (429 + Retry-After); the public /feed.xml stays teasers only. Every
// format is parsed: RSS and Atom by a strict XML parser, JSON Feed by its
// schema's fields.
import { randomBytes } from "node:crypto";
import { DOMParser } from "@xmldom/xmldom";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { waitFor } from "../support/stripe.ts";
import { hasNginx, startFront } from "../../scripts/lib/front.ts";

const DAY = 86_400_000;
const ARTICLE = "2007090041";
// Words of that article's gated body (tests/integration/no-leak.test.ts uses them too), never in its teaser.
const BODY = ["Integrated Joint Operations Platform", "Huo Liujun"];
const BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
// A feed reader that isbot's list calls a bot: a feed fetch counts all the same (the reader's own tool).
const FEED_READER = "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 1 subscribers)";

type Person = { userId: string; email: string; cookie: string };
type Urls = { rss: string; atom: string; json: string };
type Item = { id: string; title: string; url: string; html: string };

let orgId: string;
let admin: Person;
let member: Person;

beforeAll(async () => {
  const db = testDb();
  const org = await db.organization.create({ data: { name: `Feed Firm ${randomBytes(3).toString("hex")}`, seats: 5, allowedDomains: [] } });
  orgId = org.id;
  await db.subscription.create({ data: { organizationId: orgId, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 40 * DAY) } });
  admin = await sessionCookie({ kind: "preview-expired" });
  member = await sessionCookie({ kind: "preview-expired" });
  await db.organizationMember.create({ data: { organizationId: orgId, userId: admin.userId, isAdmin: true, joinedAt: new Date(Date.now() - 1000) } });
  await db.organizationMember.create({ data: { organizationId: orgId, userId: member.userId } });
}, 60_000);

async function sanctionsTopicId(): Promise<string> {
  return (await testDb().topic.findFirstOrThrow({ where: { articles: { some: { article: { publicId: ARTICLE } } } }, select: { id: true } })).id;
}

async function makeFeed(person: Person, input: Record<string, string>): Promise<{ ok: boolean; message: string; urls?: Urls }> {
  return actionResult((await callAction(actionNamed("createFeedAction"), [{}, input], person.cookie)).text);
}

async function makeOkFeed(person: Person, input: Record<string, string>): Promise<Urls> {
  const r = await makeFeed(person, input);
  expect(r, r.message).toMatchObject({ ok: true });
  return r.urls!;
}

const fetchFeed = (url: string, ua = BROWSER) => fetch(url, { headers: { "user-agent": ua }, redirect: "manual" });

function strictXml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
  }).parseFromString(text, "text/xml");
  expect(errors, "the feed is well-formed XML").toEqual([]);
  return doc;
}

const childText = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent ?? "";

function rssItems(text: string): Item[] {
  const doc = strictXml(text);
  expect(doc.documentElement.tagName).toBe("rss");
  expect(doc.documentElement.getAttribute("version")).toBe("2.0");
  const channel = doc.getElementsByTagName("channel")[0];
  expect(childText(channel, "title")).toMatch(/^Trade Law Daily/);
  return Array.from(doc.getElementsByTagName("item")).map((i) => ({
    id: childText(i, "guid"),
    title: childText(i, "title"),
    url: childText(i, "link"),
    html: childText(i, "description"),
  }));
}

function atomItems(text: string): Item[] {
  const doc = strictXml(text);
  const feed = doc.documentElement;
  expect(feed.tagName).toBe("feed");
  expect(feed.namespaceURI).toBe("http://www.w3.org/2005/Atom");
  // RFC 4287: a feed has an id, a title, an updated date and (here, at feed level) an author.
  for (const tag of ["id", "title", "updated", "author"]) expect(feed.getElementsByTagName(tag).length, tag).toBeGreaterThan(0);
  return Array.from(doc.getElementsByTagName("entry")).map((e) => {
    for (const tag of ["id", "title", "updated"]) expect(childText(e, tag), `entry ${tag}`).not.toBe("");
    expect(e.getElementsByTagName("content")[0]?.getAttribute("type")).toBe("html");
    return {
      id: childText(e, "id"),
      title: childText(e, "title"),
      url: e.getElementsByTagName("link")[0]?.getAttribute("href") ?? "",
      html: childText(e, "content"),
    };
  });
}

function jsonItems(text: string): Item[] {
  const feed = JSON.parse(text) as Record<string, unknown>;
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(typeof feed.title).toBe("string");
  expect(feed.feed_url).toMatch(/\/feed\.json$/);
  expect(Array.isArray(feed.items)).toBe(true);
  return (feed.items as Record<string, unknown>[]).map((i) => {
    expect(typeof i.id).toBe("string");
    expect(typeof i.content_html).toBe("string");
    expect(new Date(i.date_published as string).toString()).not.toBe("Invalid Date");
    return { id: i.id as string, title: i.title as string, url: i.url as string, html: i.content_html as string };
  });
}

const itemOf = (items: Item[], publicId: string) => items.find((i) => i.id.endsWith(`/articles/${publicId}`) || i.url.includes(`/articles/${publicId}/`));

function expectPrivate(r: Response) {
  expect(r.headers.get("cache-control")).toBe("private, no-store");
  expect(r.headers.get("x-robots-tag")).toMatch(/noindex/);
}

describe("a reader's full-text feed", () => {
  let urls: Urls;

  it("shows full text in each format to a licence member, with private, non-indexed answers; the token is stored only as a hash", async () => {
    urls = await makeOkFeed(member, { kind: "topic", topicId: await sanctionsTopicId() });
    const token = new URL(urls.rss).pathname.split("/")[2];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url
    expect(new URL(urls.rss).pathname).toBe(`/feeds/${token}/rss.xml`);
    const rows = await testDb().feedToken.findMany({ where: { userId: member.userId } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);

    const rss = await fetchFeed(urls.rss);
    expect(rss.status).toBe(200);
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expectPrivate(rss);
    const rssArticle = itemOf(rssItems(await rss.text()), ARTICLE);
    expect(rssArticle?.title).toContain("Xinjiang");
    for (const w of BODY) expect(rssArticle?.html).toContain(w);

    const atom = await fetchFeed(urls.atom);
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expectPrivate(atom);
    const atomArticle = itemOf(atomItems(await atom.text()), ARTICLE);
    for (const w of BODY) expect(atomArticle?.html).toContain(w);

    const json = await fetchFeed(urls.json);
    expect(json.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    expectPrivate(json);
    const jsonArticle = itemOf(jsonItems(await json.text()), ARTICLE);
    for (const w of BODY) expect(jsonArticle?.html).toContain(w);
    // Links in the text are absolute: a feed reader has no page to resolve them against.
    expect(jsonArticle?.html).not.toMatch(/href="\//);
  });

  it("appears in the licence's usage report and CSV as feed reads: once per article per day, whatever the feed reader's user agent", async () => {
    const db = testDb();
    await fetchFeed(urls.rss, FEED_READER);
    const ev = await waitFor(async () => {
      const e = await db.readEvent.findFirst({ where: { userId: member.userId, itemId: ARTICLE } });
      return e && e.feedRequests >= 4 ? e : null;
    }, "feed reads of the article");
    expect(ev).toMatchObject({ kind: "ARTICLE", via: "feed", organizationId: orgId, requests: 1 });
    const events = await db.readEvent.findMany({ where: { userId: member.userId } });
    expect(events.length).toBeGreaterThan(1); // every full-text item of the feed
    expect(events.every((e) => e.kind === "ARTICLE" && e.feedRequests > 0)).toBe(true);

    const month = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit" }).format(new Date());
    const page = (await (await fetch(`${base()}/account/organization/${orgId}/usage?month=${month}`, { headers: { cookie: admin.cookie } })).text()).replace(
      /<!-- -->/g,
      "",
    );
    expect(page).toContain("Feed reads");
    const n = String(events.length);
    const row = new RegExp(`${member.email}</th>(?:<td[^>]*>\\d+</td>){4}<td[^>]*>(\\d+)</td>`).exec(page);
    expect(row?.[1]).toBe(n);
    const csv = await (await fetch(`${base()}/account/organization/${orgId}/usage/csv?month=${month}`, { headers: { cookie: admin.cookie } })).text();
    expect(csv).toContain(`"Feed reads"`);
    expect(csv).toContain(`"Member","${member.email}","${n}","${n}","0","0","${n}"`);

    // The account page lists the feed with when it was last fetched.
    const account = await (await fetch(`${base()}/account`, { headers: { cookie: member.cookie } })).text();
    expect(account).toContain("Topic: ");
    expect(account).toContain('action="/account/feeds/revoke"');
    expect(account).not.toContain(">Never<");
  });

  it("is refused after revoking (410), and only by its owner, from the site's own page", async () => {
    const feed = await testDb().feedToken.findFirstOrThrow({ where: { userId: member.userId, revokedAt: null } });
    const revoke = (cookie: string, headers: Record<string, string> = {}) =>
      fetch(`${base()}/account/feeds/revoke`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams({ feedId: feed.id }),
      });
    // Another reader cannot revoke it; nor can another site, with the owner's cookies.
    const other = await sessionCookie({ kind: "subscriber" });
    expect((await revoke(other.cookie)).status).toBe(400);
    expect((await revoke(member.cookie, { origin: "http://evil.example", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await fetchFeed(urls.rss)).status).toBe(200);

    const r = await revoke(member.cookie, { origin: new URL(base()).origin, "sec-fetch-site": "same-origin" });
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe("/account#feeds");
    for (const url of Object.values(urls)) {
      const g = await fetchFeed(url);
      expect(g.status).toBe(410);
      expectPrivate(g);
      const text = await g.text();
      expect(text).toContain("revoked");
      for (const w of BODY) expect(text).not.toContain(w);
    }
    const account = await (await fetch(`${base()}/account`, { headers: { cookie: member.cookie } })).text();
    expect(account).toContain("Revoked ");
    // An unknown token, or anything not shaped like one: 404.
    expect((await fetchFeed(`${base()}/feeds/${randomBytes(32).toString("base64url")}/rss.xml`)).status).toBe(404);
    expect((await fetchFeed(`${base()}/feeds/short/atom.xml`)).status).toBe(404);
  });
});

describe("a folder's feed", () => {
  it("carries the folder's articles in full, newest saved first; only the owner's folder can be chosen; a deleted folder's feed answers 410", async () => {
    const db = testDb();
    const folder = await db.folder.create({ data: { userId: member.userId, name: "Xinjiang matter", nameKey: "xinjiang matter" } });
    const [article, older] = await Promise.all([
      db.article.findUniqueOrThrow({ where: { publicId: ARTICLE }, select: { id: true } }),
      db.article.findFirstOrThrow({ where: { status: "PUBLISHED", publicId: { not: ARTICLE } }, select: { id: true, publicId: true } }),
    ]);
    await db.folderItem.create({ data: { folderId: folder.id, articleId: older.id, savedAt: new Date(Date.now() - 60_000) } });
    await db.folderItem.create({ data: { folderId: folder.id, articleId: article.id } });

    // Someone else's folder is not a choice.
    const stranger = await sessionCookie({ kind: "subscriber" });
    expect(await makeFeed(stranger, { kind: "folder", folderId: folder.id })).toMatchObject({
      ok: false,
      message: "Choose one of your folders for this feed.",
    });

    const urls = await makeOkFeed(member, { kind: "folder", folderId: folder.id });
    const items = jsonItems(await (await fetchFeed(urls.json)).text());
    expect(items.map((i) => i.id.match(/\d{10}/)?.[0])).toEqual([ARTICLE, older.publicId]);
    for (const w of BODY) expect(itemOf(items, ARTICLE)?.html).toContain(w);
    expect(strictXml(await (await fetchFeed(urls.rss)).text()).getElementsByTagName("title")[0].textContent).toContain("Xinjiang matter");

    await db.folder.delete({ where: { id: folder.id } });
    const gone = await fetchFeed(urls.atom);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("folder");
  });
});

describe("when the reader's access ends", () => {
  it("a preview reader's feed turns to teasers with a note saying why and where to renew, and counts no reads", async () => {
    const db = testDb();
    const reader = await sessionCookie({ kind: "preview" });
    const urls = await makeOkFeed(reader, { kind: "topic", topicId: await sanctionsTopicId() });
    const before = itemOf(rssItems(await (await fetchFeed(urls.rss)).text()), ARTICLE);
    for (const w of BODY) expect(before?.html).toContain(w);
    await waitFor(async () => (await db.readEvent.count({ where: { userId: reader.userId } })) > 0, "the preview reader's feed reads");

    // The preview ends (as time passing would end it).
    await db.user.update({ where: { id: reader.userId }, data: { previewEndsAt: new Date(Date.now() - 1000) } });
    await db.readEvent.deleteMany({ where: { userId: reader.userId } });
    for (const [format, parse] of [
      ["rss", rssItems],
      ["atom", atomItems],
      ["json", jsonItems],
    ] as const) {
      const r = await fetchFeed(urls[format]);
      expect(r.status).toBe(200);
      const items = parse(await r.text());
      expect(items[0].title).toContain("Full text has stopped");
      expect(items[0].url).toBe(`${base()}/subscribe`);
      const article = itemOf(items, ARTICLE);
      expect(article?.title).toContain("Xinjiang"); // still the headline and teaser
      for (const w of BODY) expect(items.map((i) => i.html).join("\n")).not.toContain(w);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(await db.readEvent.count({ where: { userId: reader.userId } })).toBe(0);
    // And no new feed for a reader without full access.
    expect(await makeFeed(reader, { kind: "all" })).toMatchObject({ ok: false });
  });

  it("a subscriber's feed turns to teasers when the subscription is cancelled, and back to full text when it is active again", async () => {
    const db = testDb();
    const sub = await sessionCookie({ kind: "subscriber" });
    // A saved search whose words are in the gated body: the feed follows it.
    const saved = actionResult<{ ok: boolean }>(
      (await callAction(actionNamed("saveAlertAction"), [{}, { q: `"${BODY[1]}"`, frequency: "DAILY" }], sub.cookie)).text,
    );
    expect(saved.ok).toBe(true);
    const [alert] = await db.$queryRaw<{ id: string }[]>`select "id" from "SearchAlert" where "userId" = ${sub.userId}`;
    const urls = await makeOkFeed(sub, { kind: "search", searchId: alert.id });
    const full = jsonItems(await (await fetchFeed(urls.json)).text());
    expect(full.map((i) => i.id)).toContain(`${base()}/articles/${ARTICLE}`);
    for (const w of BODY) expect(itemOf(full, ARTICLE)?.html).toContain(w);

    await db.subscription.updateMany({ where: { userId: sub.userId }, data: { status: "CANCELED", currentPeriodEnd: new Date(Date.now() - DAY) } });
    // (The feed's title names the saved search's words: only the items' text matters here.)
    const cut = jsonItems(await (await fetchFeed(urls.json)).text());
    expect(cut[0].title).toContain("Full text has stopped");
    for (const w of BODY) expect(cut.map((i) => i.html).join("\n")).not.toContain(w);

    await db.subscription.updateMany({ where: { userId: sub.userId }, data: { status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 20 * DAY) } });
    expect(await (await fetchFeed(urls.json)).text()).toContain(BODY[0]);
  });
});

describe.skipIf(!hasNginx())("through the front", () => {
  it("nginx never keeps a feed: every fetch reaches the app, and a revoked feed is refused at once", async () => {
    const front = await startFront({ upstream: base() });
    try {
      const sub = await sessionCookie({ kind: "subscriber" });
      const urls = await makeOkFeed(sub, { kind: "topic", topicId: await sanctionsTopicId() });
      const viaFront = urls.rss.replace(base(), front.url);
      const status: (string | null)[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await fetchFeed(viaFront);
        expect(r.status).toBe(200);
        expectPrivate(r);
        expect(await r.text()).toContain(BODY[0]);
        status.push(r.headers.get("x-cache"));
      }
      expect(status).not.toContain("HIT");
      const feed = await testDb().feedToken.findFirstOrThrow({ where: { userId: sub.userId } });
      await testDb().feedToken.update({ where: { id: feed.id }, data: { revokedAt: new Date() } });
      const gone = await fetchFeed(viaFront);
      expect(gone.status).toBe(410);
      expect(await gone.text()).not.toContain(BODY[0]);
    } finally {
      await front.stop();
    }
  });
});

describe("roll-ups", () => {
  it("keep feed reads: a rolled-up month's report and CSV say what its raw events did", async () => {
    Object.assign(process.env, { DATABASE_URL: inject("databaseUrl"), SITE_URL: base(), NODE_ENV: "production" });
    (await import("../../lib/config.ts")).reloadConfig();
    const { rollupAndPrune } = await import("../../lib/usage/rollup.ts");
    const db = testDb();
    const day = new Date("2025-05-06T00:00:00Z");
    const event = { day, kind: "ARTICLE" as const, readerKey: member.userId, userId: member.userId, organizationId: orgId };
    await db.readEvent.createMany({
      data: [
        { ...event, itemId: ARTICLE, via: "feed", requests: 1, feedRequests: 9 },
        { ...event, itemId: "2007090042", via: "app", requests: 3, feedRequests: 0 },
        { ...event, itemId: "2007090043", via: "app", requests: 2, feedRequests: 1 },
      ],
    });
    const csv = () => fetch(`${base()}/account/organization/${orgId}/usage/csv?month=2025-05`, { headers: { cookie: admin.cookie } }).then((r) => r.text());
    const before = await csv();
    expect(before).toContain(`"Member","${member.email}","6","3","0","0","2"`);
    await rollupAndPrune();
    expect(await db.usageReaderDaily.findFirst({ where: { organizationId: orgId, day, readerKey: member.userId } })).toMatchObject({
      total: 6,
      unique: 3,
      feed: 2,
    });
    expect(await csv()).toBe(before);
  });
});

describe("limits and the public feed", () => {
  it("answers 429 with Retry-After past the per-token limit, and other tokens are not affected", async () => {
    const sub = await sessionCookie({ kind: "subscriber" });
    const urls = await makeOkFeed(sub, { kind: "all" });
    const other = await makeOkFeed(sub, { kind: "all" });
    const feed = await testDb().feedToken.findFirstOrThrow({ where: { userId: sub.userId }, orderBy: { createdAt: "asc" } });
    // 58 fetches already this hour (the limit is 60): two more pass, the next is refused.
    await testDb().rateLimit.create({ data: { key: `feed:${feed.id}`, count: 58, windowStart: new Date() } });
    expect((await fetchFeed(urls.rss)).status).toBe(200);
    expect((await fetchFeed(urls.atom)).status).toBe(200);
    const r = await fetchFeed(urls.json);
    expect(r.status).toBe(429);
    expectPrivate(r);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(await r.text()).toContain("Try again in");
    expect((await fetchFeed(other.rss)).status).toBe(200);
  });

  it("the public /feed.xml stays teasers only, cacheable by the front", async () => {
    const r = await fetch(`${base()}/feed.xml`);
    expect(r.headers.get("cache-control")).toMatch(/^public/);
    const text = await r.text();
    const items = rssItems(text);
    expect(items.length).toBeGreaterThan(0);
    for (const w of BODY) expect(text).not.toContain(w);
  });

  it("a reader without full access sees no create form; bad input gets a clear answer", async () => {
    const expired = await sessionCookie({ kind: "preview-expired" });
    const page = await (await fetch(`${base()}/account`, { headers: { cookie: expired.cookie } })).text();
    expect(page).not.toContain("Make feed");
    expect(await makeFeed(expired, { kind: "all" })).toMatchObject({ ok: false, message: expect.stringContaining("full access") });
    const sub = await sessionCookie({ kind: "subscriber" });
    expect(await (await fetch(`${base()}/account`, { headers: { cookie: sub.cookie } })).text()).toContain("Make feed");
    expect(await makeFeed(sub, { kind: "topic" })).toMatchObject({ ok: false, message: "Choose a topic for this feed." });
    expect(await makeFeed(sub, { kind: "search", searchId: "nope" })).toMatchObject({ ok: false });
    expect(await makeFeed(sub, { kind: "folder" })).toMatchObject({ ok: false });
    expect(await testDb().feedToken.count({ where: { userId: sub.userId } })).toBe(0);
  });
});
