// The daily products against the real SMTP catcher: exactly the right
// recipients, exactly once across a worker crash, retries while SMTP is down,
// one-click unsubscribe, and the PDF edition's contents and gate.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { base, inbox, sessionCookie, testDb, type Mail } from "../support/fixtures.ts";

let lib: {
  buildEdition: typeof import("../../lib/editions/build.ts").buildEdition;
  enqueueEditionSend: typeof import("../../lib/jobs/queue.ts").enqueueEditionSend;
  boss: typeof import("../../lib/jobs/queue.ts").boss;
};
const workers: ChildProcess[] = [];
const startWorker = (extra: Record<string, string> = {}) => {
  const w = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl"), SMTP_URL: inject("smtpUrl"), SITE_URL: base(), STORAGE_DIR: inject("storageDir"), WORKER_QUEUES: "edition-send", NODE_ENV: "production", ...extra },
    stdio: "ignore",
  });
  workers.push(w);
  return w;
};
const smtp = (up: boolean) => fetch(`${inject("inboxUrl")}/_control/smtp?up=${up ? 1 : 0}`, { method: "POST" });
const editionMail = async (editionId: string) => (await inbox()).filter((m) => m.headers["x-edition"] === editionId);
async function until<T>(fn: () => Promise<T | false | null | undefined>, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const DAY = 86_400_000;
const WINDOW = { from: new Date("2020-07-09T00:00:00-04:00"), to: new Date("2020-07-10T00:00:00-04:00") };
const people: Record<string, { userId: string; email: string; cookie: string }> = {};

beforeAll(async () => {
  Object.assign(process.env, { DATABASE_URL: inject("databaseUrl"), SMTP_URL: inject("smtpUrl"), SITE_URL: base(), STORAGE_DIR: inject("storageDir"), NODE_ENV: "production" });
  const { reloadConfig } = await import("../../lib/config.ts");
  reloadConfig();
  const build = await import("../../lib/editions/build.ts");
  const queue = await import("../../lib/jobs/queue.ts");
  lib = { buildEdition: build.buildEdition, enqueueEditionSend: queue.enqueueEditionSend, boss: queue.boss };

  const db = testDb();
  people.subscriber = await sessionCookie({ kind: "subscriber" });
  people.preview = await sessionCookie({ kind: "preview" });
  people.expired = await sessionCookie({ kind: "preview-expired" });
  people.optedOut = await sessionCookie({ kind: "subscriber" });
  await db.user.update({ where: { id: people.optedOut.userId }, data: { emailOptOut: true } });
  people.canceled = await sessionCookie({ kind: "preview-expired" });
  await db.subscription.create({ data: { userId: people.canceled.userId, plan: "individual-monthly", status: "CANCELED", currentPeriodEnd: new Date(Date.now() + 10 * DAY) } });
  people.member = await sessionCookie({ kind: "preview-expired" });
  const org = await db.organization.create({ data: { name: "Edition Test Co", seats: 5, allowedDomains: [] } });
  await db.subscription.create({ data: { organizationId: org.id, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 300 * DAY) } });
  await db.organizationMember.create({ data: { organizationId: org.id, userId: people.member.userId } });
  // Enough readers for a send that takes a while.
  for (let i = 0; i < 30; i++) await sessionCookie({ kind: "subscriber", email: `bulk-${i}-${Date.now()}@example.com` });
});

afterAll(async () => {
  for (const w of workers) w.kill("SIGKILL");
  await smtp(true);
  await (await lib?.boss())?.stop({ graceful: false }).catch(() => {});
});

describe("headline email", () => {
  it("reaches every entitled reader exactly once, also when the worker is killed midway, and nobody else", async () => {
    const editionId = await lib.buildEdition("2030-01-07", WINDOW);
    const edition = await testDb().edition.findUniqueOrThrow({ where: { id: editionId }, include: { _count: { select: { items: true, deliveries: true } } } });
    expect(edition._count.items).toBeGreaterThanOrEqual(2);
    const total = edition._count.deliveries;
    expect(total).toBeGreaterThanOrEqual(34);

    const w1 = startWorker({ EDITION_BATCH_SIZE: "3", EDITION_BATCH_PAUSE_MS: "400" });
    await lib.enqueueEditionSend(editionId);
    await until(async () => (await editionMail(editionId)).length >= 6, 30_000, "first batches");
    w1.kill("SIGKILL");
    await new Promise((r) => setTimeout(r, 500));
    const partial = (await editionMail(editionId)).length;
    expect(partial).toBeLessThan(total);
    // Restart: the rest goes out, nobody twice. A delivery left SENDING by the kill waits for its lease.
    await testDb().editionDelivery.updateMany({ where: { editionId, status: "SENDING" }, data: { lockedAt: new Date(Date.now() - 10 * 60_000) } });
    startWorker();
    await lib.enqueueEditionSend(editionId);
    await until(async () => (await testDb().edition.findUnique({ where: { id: editionId } }))?.status === "SENT", 60_000, "edition sent");
    const mails = await editionMail(editionId);
    const perAddress = new Map<string, number>();
    for (const m of mails) for (const to of m.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    expect([...perAddress.values()].every((n) => n === 1), JSON.stringify([...perAddress].filter(([, n]) => n > 1))).toBe(true);
    expect(mails.length).toBe(total);
    for (const who of ["subscriber", "preview", "member"]) expect(perAddress.get(people[who].email), who).toBe(1);
    for (const who of ["expired", "optedOut", "canceled"]) expect(perAddress.has(people[who].email), who).toBe(false);

    const one = mails.find((m) => m.to.includes(people.subscriber.email))!;
    expect(one.headers["list-unsubscribe"]).toMatch(/^<http:\/\/localhost:\d+\/email\/unsubscribe\?u=/);
    expect(one.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(one.text).toContain("2007090041");
    expect(one.text).not.toContain("Integrated Joint Operations Platform");
    expect(one.html).toContain("/editions/2030-01-07/pdf");
  }, 150_000);

  it("one-click unsubscribe works without a session", async () => {
    const mail = (await inbox(people.preview.email)).find((m) => m.headers["list-unsubscribe"])!;
    const url = mail.headers["list-unsubscribe"].replace(/^<|>$/g, "");
    const forged = await fetch(url.replace(/t=[^&]+/, "t=forged"), { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(forged.status).toBe(400);
    const r = await fetch(url, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain("You are unsubscribed");
    expect((await testDb().user.findUniqueOrThrow({ where: { id: people.preview.userId } })).emailOptOut).toBe(true);
  });

  it("while SMTP is down, sends wait and retry; everything goes out when it returns", async () => {
    const editionId = await lib.buildEdition("2030-01-08", WINDOW);
    await smtp(false);
    await lib.enqueueEditionSend(editionId);
    await until(async () => ((await testDb().editionDelivery.count({ where: { editionId, status: "RETRY" } })) > 0 ? true : null), 30_000, "retries scheduled");
    expect((await editionMail(editionId)).length).toBe(0);
    await new Promise((r) => setTimeout(r, 2_000));
    await smtp(true);
    await until(async () => (await testDb().edition.findUnique({ where: { id: editionId } }))?.status === "SENT", 90_000, "sent after SMTP returned");
    const mails = await editionMail(editionId);
    const expected = await testDb().editionDelivery.count({ where: { editionId } });
    expect(mails.length).toBe(expected);
    expect(await testDb().editionDelivery.count({ where: { editionId, status: { not: "SENT" } } })).toBe(0);
  }, 150_000);
});

describe("PDF edition", () => {
  it("contains every headline and public ID, and is only for readers with full access", async () => {
    const edition = await testDb().edition.findUniqueOrThrow({ where: { day: "2030-01-07" }, include: { items: true } });
    const articles = await testDb().article.findMany({ where: { id: { in: edition.items.map((i) => i.articleId) } }, select: { publicId: true, headline: true } });
    const url = `${base()}/editions/2030-01-07/pdf`;
    const anon = await fetch(url, { redirect: "manual" });
    expect(anon.status).toBe(303);
    expect((await anon.arrayBuffer()).byteLength).toBe(0);
    const expired = await fetch(url, { redirect: "manual", headers: { cookie: people.expired.cookie } });
    expect(expired.status).toBe(303);
    const r = await fetch(url, { headers: { cookie: people.subscriber.cookie } });
    expect(r.status).toBe(200);
    const pdf = Buffer.from(await r.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = path.resolve("test-results/editions");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "edition-2030-01-07.pdf");
    writeFileSync(file, pdf);
    const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    if (text.error) return void console.warn("pdftotext not installed (apt-get install poppler-utils); PDF text not checked");
    const flat = text.stdout.replace(/\s+/g, " ");
    for (const a of articles) {
      expect(flat).toContain(a.publicId!);
      expect(flat).toContain(a.headline.replace(/\s+/g, " "));
    }
    expect(flat).toContain("Contents");
    expect(flat).toMatch(/Page 1 of \d+/);
    spawnSync("pdftoppm", ["-png", "-r", "60", "-l", "3", file, path.join(dir, "edition-page")]);
  });
});

export type { Mail };
