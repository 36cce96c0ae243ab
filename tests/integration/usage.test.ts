// Usage counting and reports (issue 19): reads through the app of articles,
// source documents and the PDF edition count once per reader per item per
// day (every request in Total_Item_Requests); bots count nothing; the licence
// admin's page and CSV agree; roll-ups give the same numbers and raw events
// are forgotten after READ_EVENTS_DAYS; the publisher sees every licence.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { editionLib } from "../support/editions.ts";
import { waitFor } from "../support/stripe.ts";
import { hasNginx, hasNjs, startFront } from "../../scripts/lib/front.ts";

const BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const SCANNER = "Mozilla/5.0 (compatible; Proofpoint URL Defense)";
const ARTICLE = "2007090041";
const ARTICLE_PATH = `/articles/${ARTICLE}/us-sanctions-xinjiang-security-bureau-senior-chinese-officials-over-rights`;
const DAY = 86_400_000;

type Person = { userId: string; email: string; cookie: string };
let orgId: string;
let admin: Person;
let member: Person;
let usageLib: typeof import("../../lib/usage/rollup.ts");

const get = (path: string, cookie: string, ua = BROWSER) => fetch(`${base()}${path}`, { headers: { cookie, "user-agent": ua }, redirect: "manual" });
const clean = (s: string) => s.replace(/<!-- -->/g, "");

beforeAll(async () => {
  const lib = await editionLib(); // sets the environment for lib imports and gives buildEdition
  usageLib = await import("../../lib/usage/rollup.ts");
  const db = testDb();
  const org = await db.organization.create({ data: { name: `Usage Firm ${randomBytes(3).toString("hex")}`, seats: 5, allowedDomains: [] } });
  orgId = org.id;
  await db.subscription.create({ data: { organizationId: orgId, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 40 * DAY) } });
  admin = await sessionCookie({ kind: "preview-expired" });
  member = await sessionCookie({ kind: "preview-expired" });
  await db.organizationMember.create({ data: { organizationId: orgId, userId: admin.userId, isAdmin: true, joinedAt: new Date(Date.now() - 1000) } });
  await db.organizationMember.create({ data: { organizationId: orgId, userId: member.userId } });
  await lib.buildEdition("2020-07-09");
}, 120_000);

describe("reads through the app", () => {
  it("count once per reader per item per day, every request in the total; bots and scanners count nothing; page and CSV agree", async () => {
    const db = testDb();
    for (let i = 0; i < 3; i++) expect(await (await get(ARTICLE_PATH, member.cookie)).text()).toContain("Integrated Joint Operations Platform");
    await get(ARTICLE_PATH, member.cookie, BOT);
    await get(ARTICLE_PATH, member.cookie, SCANNER);
    const doc = await db.sourceDocument.findFirstOrThrow({ where: { articles: { some: {} } }, select: { id: true } });
    for (let i = 0; i < 2; i++) expect((await get(`/documents/${doc.id}/download`, member.cookie)).status).toBe(200);
    expect((await get("/editions/2020-07-09/pdf", member.cookie)).status).toBe(200);

    const rows = await waitFor(async () => {
      const r = await db.readEvent.findMany({ where: { userId: member.userId } });
      return r.length === 3 && r.find((e) => e.kind === "ARTICLE")?.requests === 3 ? r : null;
    }, "three read events");
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
    expect(byKind.ARTICLE.requests).toBe(3); // the bot and the scanner added nothing
    expect(byKind.ARTICLE.organizationId).toBe(orgId);
    expect(byKind.DOCUMENT.requests).toBe(2);
    expect(byKind.EDITION.itemId).toBe("2020-07-09");

    const month = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit" }).format(new Date());
    const page = clean(await (await get(`/account/organization/${orgId}/usage?month=${month}`, admin.cookie)).text());
    const row = new RegExp(`${member.email}</th><td[^>]*>(\\d+)</td><td[^>]*>(\\d+)</td><td[^>]*>(\\d+)</td><td[^>]*>(\\d+)</td>`).exec(page);
    expect(row?.slice(1)).toEqual(["3", "1", "2", "1"]);
    expect(page).toContain("Total_Item_Requests");
    expect(page).toContain("<svg");
    const csv = await (await get(`/account/organization/${orgId}/usage/csv?month=${month}`, admin.cookie)).text();
    expect(csv).toContain(`"Member","${member.email}","3","1","2","1"`);
    expect(csv).toContain(`"Total","All readers","3","1","2","1"`);

    // Only the licence's administrators see it.
    expect((await get(`/account/organization/${orgId}/usage`, member.cookie)).status).toBe(404);
    expect((await get(`/account/organization/${orgId}/usage/csv`, member.cookie)).status).toBe(404);
  });
});

describe.skipIf(!hasNginx() || !hasNjs())("reads served by the front's cache", () => {
  it("a pass holder's cached full pages count once per day with every request in the total; anonymous views count per article; bots count nothing", async () => {
    const front = await startFront({ upstream: base() });
    try {
      const ingest = (await import("../../lib/usage/front-log.ts")).ingestFrontLog;
      const reader = await sessionCookie({ kind: "preview-expired" });
      await testDb().organizationMember.create({ data: { organizationId: orgId, userId: reader.userId } });
      const path = ARTICLE_PATH;
      // The first page comes from the app (counted there) and hands out the pass.
      const first = await fetch(front.url + path, { headers: { cookie: reader.cookie, "user-agent": BROWSER } });
      const pass = first.headers
        .getSetCookie()
        .map((c) => /^tld_pass=([^;]+)/.exec(c)?.[1])
        .find(Boolean)!;
      expect(pass).toMatch(/^full\./);
      expect(await first.text()).toContain("Integrated Joint Operations Platform");
      const cookie = `${reader.cookie}; tld_pass=${pass}`;
      const cached: (string | null)[] = [];
      for (const ua of [BROWSER, BROWSER, BOT]) {
        const r = await fetch(front.url + path, { headers: { cookie, "user-agent": ua } });
        expect(await r.text()).toContain("Integrated Joint Operations Platform");
        cached.push(r.headers.get("x-cache"));
      }
      expect(cached).toEqual(["MISS", "HIT", "HIT"]); // the app never saw these two reads
      for (const ua of [BROWSER, BROWSER, BOT]) await (await fetch(front.url + path, { headers: { "user-agent": ua } })).text();
      // nginx writes a line after the answer has gone out: wait for all six (three full pages, three anonymous).
      await waitFor(async () => existsSync(front.readsLog) && readFileSync(front.readsLog, "utf8").trim().split("\n").length >= 6, "the front's read log");
      const r = await ingest(front.readsLog);
      expect(r.reads).toBe(2);
      expect(r.teasers).toBe(2);
      const row = await waitFor(
        async () => (await testDb().readEvent.findMany({ where: { userId: reader.userId } })).find((e) => e.requests === 3) ?? null,
        "front reads counted with the app's",
      );
      expect(row.organizationId).toBe(orgId);
      const views = await testDb().teaserViewDaily.findFirst({ where: { articleId: ARTICLE } });
      expect(views?.views).toBeGreaterThanOrEqual(2);
      // Ingesting again reads nothing twice.
      expect(await ingest(front.readsLog)).toEqual({ reads: 0, teasers: 0, skipped: 0 });
    } finally {
      await front.stop();
    }
  });
});

describe("roll-ups and retention", () => {
  it("a rolled-up month reports what the raw events did, and raw events past READ_EVENTS_DAYS are gone", async () => {
    const db = testDb();
    const old = "2025-03-04"; // more than 90 days ago
    await db.readEvent.createMany({
      data: [
        {
          day: new Date(`${old}T00:00:00Z`),
          kind: "ARTICLE",
          itemId: ARTICLE,
          readerKey: member.userId,
          userId: member.userId,
          organizationId: orgId,
          via: "app",
          requests: 4,
        },
        {
          day: new Date(`${old}T00:00:00Z`),
          kind: "ARTICLE",
          itemId: ARTICLE,
          readerKey: admin.userId,
          userId: admin.userId,
          organizationId: orgId,
          via: "app",
          requests: 1,
        },
      ],
    });
    const before = clean(await (await get(`/account/organization/${orgId}/usage/csv?month=2025-03`, admin.cookie)).text());
    expect(before).toContain(`"Total","All readers","5","2","0","0"`);
    const r = await usageLib.rollupAndPrune();
    expect(r.rolled).toBeGreaterThanOrEqual(1);
    expect(await db.readEvent.count({ where: { day: new Date(`${old}T00:00:00Z`) } })).toBe(0);
    expect(await db.usageReaderDaily.count({ where: { organizationId: orgId, day: new Date(`${old}T00:00:00Z`) } })).toBe(2);
    const after = clean(await (await get(`/account/organization/${orgId}/usage/csv?month=2025-03`, admin.cookie)).text());
    expect(after).toBe(before);
    expect(after).toMatch(/"Topic","[^"]+","5","2"/);
  });
});

describe("the publisher's view", () => {
  it("lists every licence with seats used and reads per seat, as a page and a CSV, for admins only", async () => {
    const staff = await sessionCookie({ kind: "admin" });
    const page = clean(
      await (
        await get(
          `/newsroom/licences?sort=name&dir=asc&q=${encodeURIComponent((await testDb().organization.findUniqueOrThrow({ where: { id: orgId } })).name)}`,
          staff.cookie,
        )
      ).text(),
    );
    const org = await testDb().organization.findUniqueOrThrow({ where: { id: orgId } });
    expect(page).toContain(org.name);
    const used = await testDb().organizationMember.count({ where: { organizationId: orgId, suspendedAt: null } });
    const reads = (
      await testDb().readEvent.aggregate({
        where: { organizationId: orgId, kind: "ARTICLE", day: { gte: new Date(Date.now() - 29 * DAY) } },
        _sum: { requests: true },
      })
    )._sum.requests;
    expect(page).toContain(`${used} of 5`);
    const csv = await (await get("/newsroom/licences/csv", staff.cookie)).text();
    expect(csv).toMatch(new RegExp(`"${org.name}","5","${used}","${reads}",`));
    const editor = await sessionCookie({ kind: "editor" });
    expect((await get("/newsroom/licences/csv", editor.cookie)).status).toBe(403);
    expect((await get("/newsroom/licences", editor.cookie)).status).toBe(403);
  });
});
