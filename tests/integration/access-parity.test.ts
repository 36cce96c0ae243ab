// Every path that serves or describes full text agrees, for every kind of
// viewer, with lib/access's rules under the configured policy. The harness runs
// the app with PAYMENT_GRACE_DAYS=3 and PREVIEW_DAYS=2 (not the defaults), so a
// path that forgot the policy and used the defaults disagrees here: a reader
// whose payment failed 5 days ago is past a 3-day grace but inside a 7-day one.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { access as rulesAccess, passLevel as rulesPassLevel, type Viewer } from "../../lib/access/rules.ts";
import { PASS_COOKIE } from "../../lib/access/pass.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { getFrom, officeLicence } from "../support/office.ts";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";
import { BOT_UAS, BROWSER_UA, createShareLink, spareArticle } from "../support/sharing.ts";

const ID = "2007090041";
const BODY = "Integrated Joint Operations Platform"; // body only (see no-leak.test.ts)
const BODY_QUERY = "Huo Liujun"; // words of the body, not of the headline or teaser
const DAY = 86_400_000;
type Level = "full" | "teaser";

/**
 * `from`: the loopback address the requests come from (office ranges, decision 22).
 * `except`: paths that answer for the session, not the address (only office-range rows have any).
 */
type Person = { name: string; cookie: string | null; userId: string | null; expect: Level; from?: string; except?: Record<string, Level> };

async function person(name: string, expect: Level, make: () => Promise<{ cookie: string; userId: string }>): Promise<Person> {
  const p = await make();
  return { name, cookie: p.cookie, userId: p.userId, expect };
}

/** A reader with one subscription row (own, licence or complimentary) in the given state. */
async function reader(grant: { status: "ACTIVE" | "PAST_DUE"; pastDueDaysAgo?: number; via: "own" | "licence" | "complimentary" }) {
  const p = await sessionCookie({ kind: "preview-expired", email: `parity-${randomBytes(4).toString("hex")}@example.com` });
  const now = Date.now();
  const data = {
    plan: grant.via === "complimentary" ? "complimentary" : "individual-monthly",
    status: grant.status,
    complimentary: grant.via === "complimentary",
    currentPeriodEnd: new Date(now + (grant.status === "PAST_DUE" ? -(grant.pastDueDaysAgo ?? 0) : 20) * DAY),
    pastDueSince: grant.status === "PAST_DUE" ? new Date(now - (grant.pastDueDaysAgo ?? 0) * DAY) : null,
  };
  if (grant.via === "licence") {
    const org = await testDb().organization.create({ data: { name: `Parity ${randomBytes(3).toString("hex")} LLP`, seats: 5 } });
    await testDb().subscription.create({ data: { ...data, organizationId: org.id } });
    await testDb().organizationMember.create({ data: { organizationId: org.id, userId: p.userId } });
  } else await testDb().subscription.create({ data: { ...data, userId: p.userId } });
  return p;
}

let people: Person[];
let articlePath: string;
let documentId: string;
let buildId: string;
/** Share links (decision 32): a subscriber's link to ID; another story its token must not open. */
let shareLink: string;
let otherStory: Awaited<ReturnType<typeof spareArticle>>;
/** Free to read (decision 33): a story an editor marked free for this test. */
let freeStory: Awaited<ReturnType<typeof spareArticle>>;
let editorCookie: string;

beforeAll(async () => {
  expect(inject("paymentGraceDays")).toBe(3);
  expect(inject("previewDays")).toBe(2);
  const r = await fetch(`${base()}/articles/${ID}`);
  articlePath = new URL(r.url).pathname;
  await r.text();
  documentId = (await testDb().sourceDocument.findFirstOrThrow({ select: { id: true } })).id;
  buildId = readFileSync(path.resolve(".next-test/BUILD_ID"), "utf8").trim();
  shareLink = (await createShareLink((await sessionCookie({ kind: "subscriber" })).cookie, ID)).path!;
  expect(shareLink).toMatch(/^\/s\//);
  otherStory = await spareArticle(2);
  freeStory = await spareArticle(3);
  editorCookie = (await sessionCookie({ kind: "editor" })).cookie;
  // The phrases are the bodies' (so a "teaser" below is not a phrase that no page holds).
  for (const s of [otherStory, freeStory])
    expect(await (await fetch(`${base()}/articles/${s.publicId}/${s.slug}`, { headers: { cookie: editorCookie } })).text()).toContain(s.phrase);
  const marked = actionResult<{ ok: boolean }>((await callAction(actionNamed("setFreeToReadAction"), [freeStory.id, true], editorCookie)).text);
  expect(marked.ok).toBe(true);
  people = [
    { name: "anonymous", cookie: null, userId: null, expect: "teaser" },
    await person("preview reader", "full", () => sessionCookie({ kind: "preview" })),
    await person("preview ended", "teaser", () => sessionCookie({ kind: "preview-expired" })),
    await person("subscriber", "full", () => reader({ status: "ACTIVE", via: "own" })),
    await person("payment failed 2 days ago (grace 3)", "full", () => reader({ status: "PAST_DUE", pastDueDaysAgo: 2, via: "own" })),
    await person("payment failed 5 days ago (grace 3)", "teaser", () => reader({ status: "PAST_DUE", pastDueDaysAgo: 5, via: "own" })),
    await person("licence member", "full", () => reader({ status: "ACTIVE", via: "licence" })),
    await person("licence past due 5 days", "teaser", () => reader({ status: "PAST_DUE", pastDueDaysAgo: 5, via: "licence" })),
    await person("complimentary", "full", () => reader({ status: "ACTIVE", via: "complimentary" })),
    await person("editor", "full", () => sessionCookie({ kind: "editor" })),
    await person("admin", "full", () => sessionCookie({ kind: "admin" })),
  ];
  // Office ranges (decision 22): the address, not a person, is entitled. The account page
  // is a person's (signed out: "sign in"), and an access pass belongs to a session and would
  // outlive the address, so neither says "full" for the address alone.
  await officeLicence({ name: "Parity Office LLP", ranges: "127.0.0.12/32" });
  await officeLicence({ name: "Parity Ended LLP", ranges: "127.0.0.14/32", ended: true });
  // A private feed (decision 31) reads as its owner, wherever it is fetched from: office ranges do not apply to it.
  const sessionOnly = { "account page wording": "teaser", "access pass": "teaser", "private feed": "teaser" } as const;
  people.push(
    { name: "office range, signed out", cookie: null, userId: null, expect: "full", from: "127.0.0.12", except: sessionOnly },
    {
      ...(await person("office range, preview ended", "full", () => sessionCookie({ kind: "preview-expired" }))),
      from: "127.0.0.12",
      except: { "access pass": "teaser", "private feed": "teaser" },
    },
    { name: "office range of a licence that ended", cookie: null, userId: null, expect: "teaser", from: "127.0.0.14" },
  );
});

afterAll(async () => {
  await callAction(actionNamed("setFreeToReadAction"), [freeStory.id, false], editorCookie);
});

const headers = (p: Person): Record<string, string> => (p.cookie ? { cookie: p.cookie } : {});

async function get(url: string, p: Person, extra: Record<string, string> = {}) {
  if (p.from) {
    const a = await getFrom(p.from, `${base()}${url}`, { ...headers(p), ...extra }, 0);
    const c = a.headers["set-cookie"] ?? [];
    return { status: a.status, text: a.text, setCookie: Array.isArray(c) ? c : [c], location: (a.headers.location as string | undefined) ?? null };
  }
  const r = await fetch(`${base()}${url}`, { headers: { ...headers(p), ...extra }, redirect: "manual" });
  return { status: r.status, text: await r.text(), setCookie: r.headers.getSetCookie(), location: r.headers.get("location") };
}

/** What each path says this person may read: full or teaser. */
const paths: Record<string, (p: Person) => Promise<Level>> = {
  "article page": async (p) => ((await get(articlePath, p)).text.includes(BODY) ? "full" : "teaser"),
  "article page data": async (p) => ((await get(`/_next/data/${buildId}${articlePath}.json`, p)).text.includes(BODY) ? "full" : "teaser"),
  "search snippets": async (p) => {
    const page = (await get(`/search?q=${encodeURIComponent(BODY_QUERY)}&parity=${randomBytes(3).toString("hex")}`, p)).text;
    return page.includes(`/articles/${ID}/`) ? "full" : "teaser";
  },
  "library download": async (p) => {
    const r = await get(`/documents/${documentId}/download`, p);
    return r.status === 200 && r.text.startsWith("%PDF-") ? "full" : "teaser";
  },
  // No edition exists for this day: one who may read editions is told so (404); anyone else is sent to the gate (303).
  "edition download": async (p) => ((await get(`/editions/2031-03-03/pdf`, p)).status === 404 ? "full" : "teaser"),
  // The person's own feed URL (a token made for them here; making one needs full access): anonymous readers have none.
  "private feed": async (p) => {
    if (!p.userId) return "teaser";
    const { feedTokenHash } = await import("../../lib/feeds/token.ts");
    const topic = await testDb().topic.findFirstOrThrow({ where: { articles: { some: { article: { publicId: ID } } } }, select: { id: true } });
    const token = randomBytes(32).toString("base64url");
    await testDb().feedToken.create({
      data: { userId: p.userId, kind: "TOPIC", targetId: topic.id, name: "parity", tokenHash: feedTokenHash(token, process.env.NEXTAUTH_SECRET!) },
    });
    const r = await get(`/feeds/${token}/rss.xml`, p);
    expect(r.status).toBe(200);
    return r.text.includes(BODY) ? "full" : "teaser";
  },
  "account page wording": async (p) => {
    const r = await get("/account", p);
    return /— full access/.test(r.text) ? "full" : "teaser";
  },
  "access pass": async (p) => {
    const r = await get(articlePath, p);
    const pass = r.setCookie.map((c) => c.match(new RegExp(`^${PASS_COOKIE}=(\\w+)\\.`))?.[1]).find(Boolean);
    return pass === "full" || pass === "staff" ? "full" : "teaser";
  },
  // Share links (decision 32): whoever holds the link reads its story, by a person's browser.
  "share link: its story": async (p) => ((await get(shareLink, p, { "user-agent": BROWSER_UA })).text.includes(BODY) ? "full" : "teaser"),
  "share link: its page data": async (p) =>
    (await get(`/_next/data/${buildId}${shareLink}.json`, p, { "user-agent": BROWSER_UA })).text.includes(BODY) ? "full" : "teaser",
  // The same token with another story's ID adds nothing: the viewer's own access decides that story.
  "share link: another story's ID": async (p) => {
    const r = await get(`/s/${otherStory.publicId}/${shareLink.split("/").pop()}`, p, { "user-agent": BROWSER_UA });
    return r.text.includes(otherStory.phrase) ? "full" : "teaser";
  },
  // A link previewer is not unlocked by the link: the viewer's own access decides.
  "share link: a link previewer": async (p) => ((await get(shareLink, p, { "user-agent": BOT_UAS[0] })).text.includes(BODY) ? "full" : "teaser"),
  // Free to read (decision 33): every viewer reads the body, on the article page and its page data.
  "free-to-read story: article page": async (p) => {
    const r = await get(`/articles/${freeStory.publicId}/${freeStory.slug}`, p);
    return r.text.includes(freeStory.phrase) ? "full" : "teaser";
  },
  "free-to-read story: page data": async (p) =>
    (await get(`/_next/data/${buildId}/articles/${freeStory.publicId}/${freeStory.slug}.json`, p)).text.includes(freeStory.phrase) ? "full" : "teaser",
};

/** Paths whose answer is the same for every viewer, whatever their own access. */
const EVERYONE: Record<string, Level> = {
  "share link: its story": "full",
  "share link: its page data": "full",
  "free-to-read story: article page": "full",
  "free-to-read story: page data": "full",
};

describe("access parity: every path agrees with the rules under the configured policy", () => {
  it("the rules themselves, with grace 3 days, give what the table expects", () => {
    const now = new Date();
    const policy = { paymentGraceDays: 3, renewalLeewayHours: 24, previewDays: 2 };
    const pastDue = (days: number): Viewer => ({
      userId: "u",
      email: "u@example.com",
      role: "READER",
      previewEndsAt: null,
      grants: [
        {
          source: "individual",
          status: "PAST_DUE",
          currentPeriodEnd: new Date(now.getTime() - days * DAY),
          cancelAtPeriodEnd: false,
          pastDueSince: new Date(now.getTime() - days * DAY),
        },
      ],
    });
    const published = { status: "PUBLISHED" as const, publishedAt: new Date("2020-07-09T21:10:00Z") };
    expect(rulesAccess(published, pastDue(2), now, policy)).toBe("full");
    expect(rulesAccess(published, pastDue(5), now, policy)).toBe("teaser");
    expect(rulesPassLevel(pastDue(5), now, new Date(now.getTime() + 120_000), policy)).toBe("teaser");
    // Under the defaults the same reader would still read: the policy is what decides.
    expect(rulesAccess(published, pastDue(5), now, { ...policy, paymentGraceDays: 7 })).toBe("full");
  });

  for (const [pathName, level] of Object.entries(paths))
    it(`${pathName}`, async () => {
      const got: Record<string, Level> = {};
      const want: Record<string, Level> = {};
      for (const p of people) {
        got[p.name] = await level(p);
        want[p.name] = EVERYONE[pathName] ?? p.except?.[pathName] ?? p.expect;
      }
      expect(got).toEqual(want);
    });
});

describe("published and visible: the Prisma and SQL forms select the same articles", () => {
  it("counts agree, and drafts and scheduled stories are in neither", async () => {
    const { publishedSql, publishedWhere } = await import("../../lib/access/published.ts");
    const viaPrisma = await testDb().article.findMany({ where: publishedWhere(), select: { id: true } });
    const viaSql = await testDb().$queryRaw<{ id: string }[]>`select a."id" from "Article" a where ${publishedSql("a")}`;
    expect(new Set(viaSql.map((r) => r.id))).toEqual(new Set(viaPrisma.map((r) => r.id)));
    expect(viaPrisma.length).toBeGreaterThan(10);
    const hidden = await testDb().article.count({ where: { status: { in: ["DRAFT", "SCHEDULED"] }, id: { in: viaPrisma.map((r) => r.id) } } });
    expect(hidden).toBe(0);
  });
});
