// Saved-search alerts end to end: saved from the search page, matched when a
// story is published (with the paywall rule applied to the alert's owner),
// emailed exactly once through the real SMTP catcher, managed only by their
// owner, and stopped from the email without signing in.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";
import { base, inbox, sessionCookie, submitForm, testDb, waitForMail, type Mail } from "../support/fixtures.ts";

declare module "vitest" {
  interface ProvidedContext {
    smtpUrl: string;
  }
}

type AlertLib = typeof import("../../lib/search/alerts.ts");
let lib: AlertLib;
let publishArticle: typeof import("../../lib/articles/publish.ts").publishArticle;

const created = { articles: [] as string[], documents: [] as string[] };
const tag = randomBytes(3).toString("hex");
// Invented words, so that nothing else in the database matches them.
const BODY_WORD = `zorbulite${tag}`;
const TEASER_WORD = `quillotine${tag}`;

type Person = { userId: string; email: string; cookie: string };
let subscriber: Person;
let expired: Person;

beforeAll(async () => {
  Object.assign(process.env, { DATABASE_URL: inject("databaseUrl"), SMTP_URL: inject("smtpUrl"), SITE_URL: base(), NODE_ENV: "production" });
  const { reloadConfig } = await import("../../lib/config.ts");
  reloadConfig();
  lib = await import("../../lib/search/alerts.ts");
  publishArticle = (await import("../../lib/articles/publish.ts")).publishArticle;
  subscriber = await sessionCookie({ kind: "subscriber" });
  expired = await sessionCookie({ kind: "preview-expired" });
  // Hits of earlier runs' leftovers must not be sent to these tests' inboxes.
  await lib.sendDueAlertEmails();
});

afterAll(async () => {
  const db = testDb();
  await db.article.deleteMany({ where: { id: { in: created.articles } } });
  await db.sourceDocument.deleteMany({ where: { id: { in: created.documents } } });
});

/** A draft written by the newsroom, then published the way the newsroom publishes. */
async function publishStory(headline: string, teaser: string, body: string, topics = ["sanctions"]) {
  const db = testDb();
  const author = await db.author.findFirstOrThrow({ select: { id: true } });
  const topicRows = await db.topic.findMany({ where: { slug: { in: topics } }, select: { id: true } });
  const a = await db.article.create({
    data: {
      slug: `alert-test-${randomBytes(3).toString("hex")}`,
      headline,
      teaser,
      body,
      topics: { create: topicRows.map((t) => ({ topicId: t.id })) },
      authors: { create: [{ authorId: author.id }] },
    },
  });
  created.articles.push(a.id);
  const { publicId } = await publishArticle(a.id, {}, db);
  return { id: a.id, publicId };
}

async function alertsOfUser(userId: string) {
  return testDb().$queryRaw<{ id: string; name: string; query: string; frequency: string; active: boolean }[]>`
    select "id", "name", "query", "frequency", "active" from "SearchAlert" where "userId" = ${userId} order by "createdAt"`;
}

async function saveFromSearchPage(person: Person, q: string, frequency: "INSTANT" | "DAILY", extra: Record<string, string> = {}) {
  const r = await submitForm(`/search?${new URLSearchParams({ q, ...extra })}`, { intent: "save-alert" }, { frequency }, { cookie: person.cookie });
  expect(r.status).toBeLessThan(400);
  return r;
}

const mailsTo = async (email: string) => (await inbox(email)) as Mail[];

describe("alerts", () => {
  let alertId: string;
  let mail: Mail;

  it("a subscriber saves a search from the search page", async () => {
    await saveFromSearchPage(subscriber, `"${BODY_WORD} platform"`, "INSTANT");
    const alerts = await alertsOfUser(subscriber.userId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ query: `"${BODY_WORD} platform"`, frequency: "INSTANT", active: true });
    alertId = alerts[0].id;
    const page = await (await fetch(`${base()}/account/alerts`, { headers: { cookie: subscriber.cookie } })).text();
    expect(page).toContain(`${BODY_WORD} platform`);
  });

  it("publishing a story whose body matches sends exactly one email, with the headline and no body text", async () => {
    // The same search saved by a reader whose preview ended: the body is not theirs to search.
    await saveFromSearchPage(expired, `"${BODY_WORD} platform"`, "INSTANT");
    const story = await publishStory(
      `Alert Test: Customs Targets Widget Imports ${tag}`,
      "Customs officials said on Monday they would step up checks on imported widgets.",
      `The agency will use the ${BODY_WORD} platform, a confidential screening tool, to flag shipments.`,
    );
    const hits = await lib.matchAlertsForArticle(story.id);
    expect(hits).toEqual([alertId]);
    expect(await lib.matchAlertsForArticle(story.id)).toEqual([]);

    expect((await lib.sendDueAlertEmails({ instantOnly: true })).sent).toBe(1);
    mail = await waitForMail(subscriber.email);
    expect(mail.subject).toContain(`Customs Targets Widget Imports ${tag}`);
    expect(mail.text).toContain(`Customs Targets Widget Imports ${tag}`);
    expect(mail.text).toContain("step up checks on imported widgets");
    expect(mail.text).toContain(`/articles/${story.publicId}/`);
    // The alert's own name (the saved query) is the only place the searched word may appear.
    for (const part of [mail.text, mail.html ?? ""]) {
      const rest = part.split(`"${BODY_WORD} platform"`).join("").split(`&quot;${BODY_WORD} platform&quot;`).join("");
      expect(part).toContain(BODY_WORD);
      expect(rest).not.toContain(BODY_WORD);
      expect(part).not.toContain("confidential screening tool");
    }
    expect(mail.headers["list-unsubscribe"]).toContain("/alerts/unsubscribe?token=");

    expect(await lib.sendDueAlertEmails()).toMatchObject({ sent: 0 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await mailsTo(subscriber.email)).toHaveLength(1);
    expect(await mailsTo(expired.email)).toHaveLength(0);
  });

  it("a teaser-only reader is alerted on words of the teaser", async () => {
    await saveFromSearchPage(expired, TEASER_WORD, "INSTANT");
    const story = await publishStory(
      `Alert Test: Teaser Story ${tag}`,
      `Officials described the ${TEASER_WORD} program in public remarks on Tuesday.`,
      "Details of the program were not released.",
    );
    const hits = await lib.matchAlertsForArticle(story.id);
    expect(hits).toHaveLength(1);
    await lib.sendDueAlertEmails({ instantOnly: true });
    const m = await waitForMail(expired.email);
    expect(m.subject).toContain(`Teaser Story ${tag}`);
    expect(await mailsTo(expired.email)).toHaveLength(1);
  });

  it("the minute sweep matches a recent story whose match job was lost, once", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    await saveFromSearchPage(reader, `sweepword${tag}`, "INSTANT");
    await publishStory(`Alert Test: Swept Story ${tag}`, `The sweepword${tag} notice.`, "Body.");
    const { matchRecentItems } = await import("../../lib/search/matching.ts");
    expect(await matchRecentItems()).toBe(1);
    expect(await matchRecentItems()).toBe(0);
    await lib.sendDueAlertEmails({ instantOnly: true });
    expect((await waitForMail(reader.email)).subject).toContain(`Swept Story ${tag}`);
  });

  it("a story that does not match sends nothing", async () => {
    const before = (await inbox()).length;
    const story = await publishStory(
      `Alert Test: Unrelated Valuation Story ${tag}`,
      "An importer settled a valuation dispute with customs over royalty payments.",
      "The settlement terms were confidential.",
      ["valuation"],
    );
    expect(await lib.matchAlertsForArticle(story.id)).toEqual([]);
    expect(await lib.sendDueAlertEmails()).toMatchObject({ sent: 0 });
    expect((await inbox()).length).toBe(before);
  });

  it("a draft matches nothing until it is published", async () => {
    const db = testDb();
    const author = await db.author.findFirstOrThrow({ select: { id: true } });
    const draft = await db.article.create({
      data: { slug: "alert-draft", headline: `Draft ${tag}`, teaser: `A ${TEASER_WORD} draft`, body: "x", authors: { create: [{ authorId: author.id }] } },
    });
    created.articles.push(draft.id);
    expect(await lib.matchAlertsForArticle(draft.id)).toEqual([]);
  });

  it("a new library document matches on its text for a full-access owner only", async () => {
    const reader = await sessionCookie({ kind: "preview" });
    await saveFromSearchPage(reader, `"${BODY_WORD} doctrine"`, "INSTANT", { kind: "documents" });
    await saveFromSearchPage(expired, `"${BODY_WORD} doctrine"`, "INSTANT", { kind: "documents" });
    const sha = randomBytes(32).toString("hex");
    const d = await testDb().sourceDocument.create({
      data: {
        title: `Alert Test Ruling ${tag}`,
        type: "CBP_RULING",
        issuer: "U.S. Customs and Border Protection",
        caseNumber: `H${tag}`,
        dateIssued: new Date(),
        summary: "A ruling on the classification of widgets.",
        fileKey: `documents/test/${sha}.pdf`,
        fileName: "ruling.pdf",
        sizeBytes: 1,
        sha256: sha,
        extractedText: `The ${BODY_WORD} doctrine applies to these widgets.`,
        extractionStatus: "DONE",
      },
    });
    created.documents.push(d.id);
    expect(await lib.matchAlertsForDocument(d.id)).toHaveLength(1);
    await lib.sendDueAlertEmails({ instantOnly: true });
    const m = await waitForMail(reader.email);
    expect(m.text).toContain(`Alert Test Ruling ${tag}`);
    expect(m.text).toContain(`CBP ruling · U.S. Customs and Border Protection · H${tag}`);
    expect(m.text.split(`"${BODY_WORD} doctrine"`).join("")).not.toContain(BODY_WORD);
    expect(m.text).not.toContain("applies to these widgets");
    expect(await mailsTo(expired.email)).toHaveLength(1);
  });

  it("a daily alert sends one digest for several stories", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    await saveFromSearchPage(reader, `digestword${tag}`, "DAILY");
    const a = await publishStory(`Alert Test: First Digest Story ${tag}`, `The digestword${tag} rule takes effect.`, "Body one.");
    const b = await publishStory(`Alert Test: Second Digest Story ${tag}`, `More on the digestword${tag} rule.`, "Body two.");
    await lib.matchAlertsForArticle(a.id);
    await lib.matchAlertsForArticle(b.id);
    expect(await lib.sendDueAlertEmails({ instantOnly: true })).toMatchObject({ sent: 0 });
    expect(await lib.sendDueAlertEmails()).toMatchObject({ sent: 2 });
    const m = await waitForMail(reader.email);
    expect(m.subject).toContain("2 new items");
    expect(m.text).toContain(`First Digest Story ${tag}`);
    expect(m.text).toContain(`Second Digest Story ${tag}`);
    expect(await lib.sendDueAlertEmails()).toMatchObject({ sent: 0 });
    expect(await mailsTo(reader.email)).toHaveLength(1);
  });

  it("while SMTP is down nothing is marked sent; the next run sends it once", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    await saveFromSearchPage(reader, `retryword${tag}`, "INSTANT");
    const story = await publishStory(`Alert Test: Retry Story ${tag}`, `The retryword${tag} story.`, "Body.");
    await lib.matchAlertsForArticle(story.id);
    const control = (up: boolean) => fetch(`${inject("inboxUrl")}/_control/smtp?up=${up ? 1 : 0}`, { method: "POST" });
    expect((await control(false)).ok).toBe(true);
    try {
      expect(await lib.sendDueAlertEmails({ instantOnly: true })).toMatchObject({ sent: 0, failed: 1 });
    } finally {
      await control(true);
    }
    const [hit] = await testDb().$queryRaw<{ status: string; attempts: number }[]>`
      select h."status", h."attempts" from "SearchAlertHit" h join "SearchAlert" s on s."id" = h."alertId" where s."userId" = ${reader.userId}`;
    expect(hit).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(await lib.sendDueAlertEmails({ instantOnly: true })).toMatchObject({ sent: 1 });
    await waitForMail(reader.email);
    expect(await mailsTo(reader.email)).toHaveLength(1);
  });

  it("only the owner can change or delete an alert", async () => {
    const other = await sessionCookie({ kind: "subscriber" });
    const del = actionNamed("deleteAlertAction");
    const upd = actionNamed("updateAlertAction");
    for (const cookie of [other.cookie, undefined]) {
      expect(actionResult<{ ok: boolean }>((await callAction(del, [{}, { alertId }], cookie)).text).ok).toBe(false);
      expect(actionResult<{ ok: boolean }>((await callAction(upd, [{}, { alertId, frequency: "DAILY", active: "false" }], cookie)).text).ok).toBe(false);
    }
    expect((await alertsOfUser(subscriber.userId))[0]).toMatchObject({ id: alertId, frequency: "INSTANT", active: true });
    expect(actionResult<{ ok: boolean }>((await callAction(upd, [{}, { alertId, frequency: "DAILY" }], subscriber.cookie)).text).ok).toBe(true);
    expect((await alertsOfUser(subscriber.userId))[0].frequency).toBe("DAILY");
    // Anonymous visitors cannot save alerts either.
    expect(actionResult<{ ok: boolean }>((await callAction(actionNamed("saveAlertAction"), [{}, { q: "tariffs", frequency: "DAILY" }])).text).ok).toBe(false);
  });

  it("at most 20 alerts per reader", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    for (let i = 0; i < 20; i++)
      await testDb()
        .$executeRaw`insert into "SearchAlert" ("id", "userId", "name", "query", "frequency") values (gen_random_uuid()::text, ${reader.userId}, ${`a${i}`}, ${`word${i}`}, 'DAILY')`;
    const page = await (await saveFromSearchPage(reader, "one too many", "DAILY")).text();
    expect(page).toContain("You already have 20 alerts");
    expect(await alertsOfUser(reader.userId)).toHaveLength(20);
  });

  it("saving is rate-limited", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    const viewer = { userId: reader.userId, email: reader.email, role: "READER" as const, previewEndsAt: null, grants: [] };
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await lib.saveAlert(viewer, { q: `ratelimited${i}`, frequency: "DAILY" }));
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toMatchObject({ ok: false });
    expect(results[10].message).toMatch(/many alerts in a short time/);
  });

  it("the email's unsubscribe link works without a session", async () => {
    const stopUrl = mail.text.match(/Stop this alert: (\S+)/)![1];
    // Raw header line, possibly folded by the mailer.
    const oneClick = mail.headers["list-unsubscribe"].replace(/\r?\n[ \t]+/g, "").match(/<([^>]+)>/)![1];
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const page = await fetch(stopUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Stop the alert");

    const forged = oneClick.replace(/token=([^.]+)\.[\w-]+/, `token=$1.${"A".repeat(43)}`);
    expect(forged).not.toBe(oneClick);
    expect((await fetch(forged, { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) })).status).toBe(400);
    expect((await alertsOfUser(subscriber.userId))[0].active).toBe(true);

    const r = await fetch(oneClick, { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) });
    expect(r.status).toBe(200);
    expect((await alertsOfUser(subscriber.userId))[0].active).toBe(false);
    // Stopped alerts match nothing more.
    const story = await publishStory(`Alert Test: After Unsubscribe ${tag}`, "Customs news.", `The ${BODY_WORD} platform again.`);
    expect(await lib.matchAlertsForArticle(story.id)).toEqual([]);
  });
});
