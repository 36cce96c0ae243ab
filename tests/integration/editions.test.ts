// The daily products against the real SMTP catcher: exactly the right
// recipients, exactly once, retries while SMTP is down, one-click unsubscribe,
// and the PDF edition's contents and gate. (A worker killed mid-send:
// tests/faults/edition-kill.test.ts.)
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { base, inbox, testDb, type Mail } from "../support/fixtures.ts";
import {
  WINDOW,
  editionLib,
  editionMail,
  expectExactlyEntitled,
  makeReaders,
  smtp,
  startWorker,
  stopAll,
  until,
  type EditionLib,
  type People,
} from "../support/editions.ts";

let lib: EditionLib;
let people: People;

beforeAll(async () => {
  lib = await editionLib();
  people = await makeReaders();
  startWorker();
});

afterAll(() => stopAll(lib));

describe("headline email", () => {
  it("reaches every entitled reader exactly once, and nobody else", async () => {
    const editionId = await lib.buildEdition("2030-01-07", WINDOW);
    const edition = await testDb().edition.findUniqueOrThrow({ where: { id: editionId }, include: { _count: { select: { items: true, deliveries: true } } } });
    expect(edition._count.items).toBeGreaterThanOrEqual(2);
    const total = edition._count.deliveries;
    expect(total).toBeGreaterThanOrEqual(34);
    await lib.enqueueEditionSend(editionId);
    await until(async () => (await testDb().edition.findUnique({ where: { id: editionId } }))?.status === "SENT", 60_000, "edition sent");
    const mails = await expectExactlyEntitled(editionId, people, total);

    const one = mails.find((m) => m.to.includes(people.subscriber.email))!;
    expect(one.headers["list-unsubscribe"]).toMatch(/^<http:\/\/localhost:\d+\/email\/unsubscribe\?u=/);
    expect(one.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(one.text).toContain("2007090041");
    expect(one.text).not.toContain("Integrated Joint Operations Platform");
    expect(one.html).toContain("/editions/2030-01-07/pdf");
  }, 120_000);

  it("one-click unsubscribe works without a session", async () => {
    const mail = (await inbox(people.preview.email)).find((m) => m.headers["list-unsubscribe"])!;
    const url = mail.headers["list-unsubscribe"].replace(/^<|>$/g, "");
    const forged = await fetch(url.replace(/t=[^&]+/, "t=forged"), {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
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
    const expected = await testDb().editionDelivery.count({ where: { editionId, status: "SENT" } });
    expect(mails.length).toBe(expected);
    expect(await testDb().editionDelivery.count({ where: { editionId, status: { notIn: ["SENT", "SKIPPED"] } } })).toBe(0);
  }, 150_000);
});

describe("PDF edition", () => {
  it("contains every headline and public ID, and is only for readers with full access", async () => {
    const edition = await testDb().edition.findUniqueOrThrow({ where: { day: "2030-01-07" }, include: { items: true } });
    const articles = await testDb().article.findMany({
      where: { id: { in: edition.items.map((i) => i.articleId) } },
      select: { publicId: true, headline: true },
    });
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
