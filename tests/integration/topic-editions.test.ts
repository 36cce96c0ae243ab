// Topic editions (issue 20): each recipient gets only the headlines of the
// topics they chose, exactly once; nothing on a day without news in their
// topics; access is checked again at send time; a past day's edition holds
// exactly its own window; the demo ships five editions.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { base, sessionCookie, submitForm, testDb } from "../support/fixtures.ts";
import { editionLib, editionMail, startWorker, stopAll, until, WINDOW, type EditionLib } from "../support/editions.ts";

const DAY = 86_400_000;
let lib: EditionLib;

beforeAll(async () => {
  lib = await editionLib();
  startWorker();
});
afterAll(() => stopAll(lib));

/** A subscriber with these topics for the daily email (none: everything); the form itself is tested below. */
async function reader(topics: string[]) {
  const who = await sessionCookie({ kind: "subscriber", email: `topics-${randomBytes(4).toString("hex")}@example.com` });
  const ids = await testDb().topic.findMany({ where: { slug: { in: topics } }, select: { id: true } });
  await testDb().emailTopic.createMany({ data: ids.map((t) => ({ userId: who.userId, topicId: t.id })) });
  return who;
}

describe("topic editions", () => {
  it("three readers with different topics get the right headlines exactly once; a reader with no news that day gets nothing; an ended licence gets nothing", async () => {
    // July 9, 2020: sanctions (2007090041) and other stories; no story about classification.
    const sanctions = await reader(["sanctions"]);
    const classification = await reader(["classification"]);
    const everything = await reader([]);
    // A licence member whose licence ends after the edition is built and before it is sent.
    const member = await sessionCookie({ kind: "preview-expired" });
    const org = await testDb().organization.create({ data: { name: `Ends at 05:59 ${randomBytes(2).toString("hex")}`, seats: 2, allowedDomains: [] } });
    const sub = await testDb().subscription.create({
      data: { organizationId: org.id, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 30 * DAY) },
    });
    await testDb().organizationMember.create({ data: { organizationId: org.id, userId: member.userId } });

    const editionId = await lib.buildEdition("2030-03-04", WINDOW);
    const deliveries = await testDb().editionDelivery.findMany({ where: { editionId }, select: { userId: true } });
    expect(deliveries.map((d) => d.userId)).toEqual(expect.arrayContaining([sanctions.userId, classification.userId, everything.userId, member.userId]));
    await testDb().subscription.update({ where: { id: sub.id }, data: { status: "CANCELED", currentPeriodEnd: new Date(Date.now() - 1000) } });

    await lib.enqueueEditionSend(editionId);
    await until(async () => (await testDb().edition.findUnique({ where: { id: editionId } }))?.status === "SENT", 60_000, "edition sent");
    const mails = await editionMail(editionId);
    const to = (who: { email: string }) => mails.filter((m) => m.to.includes(who.email));

    expect(to(sanctions)).toHaveLength(1);
    expect(to(sanctions)[0].text).toContain("2007090041");
    const itemIds = (await testDb().editionItem.findMany({ where: { editionId }, select: { articleId: true } })).map((i) => i.articleId);
    const items = await testDb().article.findMany({
      where: { id: { in: itemIds } },
      select: { publicId: true, topics: { select: { topic: { select: { slug: true } } } } },
    });
    expect(items.length).toBeGreaterThan(1);
    for (const a of items) {
      const isSanctions = a.topics.some((t) => t.topic.slug === "sanctions");
      expect(to(sanctions)[0].text.includes(a.publicId!), a.publicId!).toBe(isSanctions);
      expect(to(everything)[0].text).toContain(a.publicId!);
    }
    expect(to(everything)).toHaveLength(1);
    expect(to(classification)).toHaveLength(0);
    expect(to(member)).toHaveLength(0);
    const skipped = await testDb().editionDelivery.findMany({
      where: { editionId, status: "SKIPPED", userId: { in: [classification.userId, member.userId] } },
    });
    expect(Object.fromEntries(skipped.map((d) => [d.userId === member.userId ? "member" : "classification", d.skipReason]))).toEqual({
      member: "no access at send time",
      classification: "no stories in the reader's topics",
    });
  }, 120_000);

  it("the preferences form saves the reader's topics", async () => {
    const who = await sessionCookie({ kind: "subscriber" });
    const page = await (await fetch(`${base()}/account/email`, { headers: { cookie: who.cookie } })).text();
    expect(page).toContain("Topics in your email");
    expect(page).toMatch(/name="topic" value="sanctions"/);
    const r = await submitForm("/account/email", {}, { daily: "on", topic: ["sanctions", "ofac"] }, { cookie: who.cookie });
    expect(r.status).toBe(200);
    expect((await r.text()).replace(/<!-- -->/g, "")).toContain("with the news of 2 topics");
    const saved = await testDb().emailTopic.findMany({ where: { userId: who.userId }, select: { topicId: true } });
    expect(saved).toHaveLength(2);
  });
});

describe("an edition is reproducible", () => {
  it("rebuilding a past day's edition holds exactly that day's window, whenever it is built", async () => {
    const day = "2020-07-10"; // Friday: the window is Thursday 06:00 to Friday 06:00, New York
    await testDb().edition.deleteMany({ where: { day } });
    const id = await lib.buildEdition(day, { deliveries: false });
    const e = await testDb().edition.findUniqueOrThrow({ where: { id }, include: { items: true } });
    const got = await testDb().article.findMany({ where: { id: { in: e.items.map((i) => i.articleId) } }, select: { publicId: true, publishedAt: true } });
    expect(e.periodStart.toISOString()).toBe("2020-07-09T10:00:00.000Z");
    expect(e.periodEnd.toISOString()).toBe("2020-07-10T10:00:00.000Z");
    const expected = await testDb().article.findMany({
      where: { status: "PUBLISHED", publishedAt: { gt: e.periodStart, lte: e.periodEnd } },
      select: { publicId: true },
    });
    expect(got.map((a) => a.publicId).sort()).toEqual(expected.map((a) => a.publicId).sort());
    expect(got.length).toBeGreaterThan(0);
    for (const a of got) expect(a.publishedAt!.toISOString() < "2020-07-10T10:00:00.000Z").toBe(true);
  });

  it("the demo ships the editions of its last five days with news, each with a PDF", async () => {
    const demo = await testDb().edition.findMany({ where: { day: { in: ["2020-07-20", "2020-07-22", "2020-07-23", "2020-07-30", "2020-08-03"] } } });
    expect(demo).toHaveLength(5);
    for (const e of demo) expect(e.pdfKey).toBeTruthy();
    const page = await (await fetch(`${base()}/editions`)).text();
    expect(page).toContain("Monday, August 3, 2020");
    expect(page).not.toContain("No editions yet");
  });
});
