// SMTP down, Stripe unreachable, and a storage write failure: each gives the
// person a clear message and leaves nothing half-done.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { renderDocumentPdf } from "../../lib/seed/document-pdf.ts";
import { base, inbox, sessionCookie, submitForm, submitSignupForm, testDb, waitForMail } from "../support/fixtures.ts";
import { stripeClient } from "../support/stripe.ts";

const fault = (what: "stripe" | "db", up: boolean) => fetch(`${inject("faultControlUrl")}/${what}?up=${up ? 1 : 0}`);
const smtp = (up: boolean) => fetch(`${inject("inboxUrl")}/_control/smtp?up=${up ? 1 : 0}`, { method: "POST" });

describe("SMTP down", () => {
  it("a sign-in request says the email could not be sent; after SMTP returns, a new request works", async () => {
    const email = `smtp.down.${Date.now()}@example.com`;
    await smtp(false);
    let restoredAt = 0;
    const answers: string[] = [];
    const answer = (html: string) =>
      answers.push(
        html.includes("We could not send the email just now")
          ? "200 with 'could not send' message"
          : html.includes("Check your inbox")
            ? "200 sent"
            : "200 other",
      );
    try {
      const html = await submitSignupForm("/articles/2007090041", email, { "x-forwarded-for": "10.55.0.1" });
      answer(html);
      expect(html).toContain("We could not send the email just now");
      expect(html).not.toContain("Check your inbox");
    } finally {
      await smtp(true);
      restoredAt = Date.now();
    }
    const again = await submitSignupForm("/articles/2007090041", email, { "x-forwarded-for": "10.55.0.2" });
    answer(again);
    expect(again).toContain("Check your inbox");
    expect((await waitForMail(email)).subject).toMatch(/sign-in link/i);
    const recoveredAt = Date.now();
    const delivered = (await inbox(email)).length;
    const errorsByStatus = Object.fromEntries([...new Set(answers)].filter((a) => a !== "200 sent").map((a) => [a, answers.filter((x) => x === a).length]));
    console.log(
      `fault: smtp down ${JSON.stringify({ requests: answers.length, errorsByStatus, timeToRecoverMs: recoveredAt - restoredAt, delivered, itemsLost: 1 - delivered })}`,
    );
  });
});

describe("Stripe unreachable", () => {
  it("checkout says so clearly and creates nothing", async () => {
    const reader = await sessionCookie({ kind: "preview-expired" });
    await fault("stripe", false);
    let text: string;
    const statuses: string[] = [];
    try {
      const r = await submitForm("/subscribe", { plan: "individual-monthly" }, {}, { cookie: reader.cookie });
      expect(r.status).toBe(200);
      text = await r.text();
      statuses.push(text.includes("We could not reach our payment provider") ? "200 with 'could not reach' message" : String(r.status));
    } finally {
      await fault("stripe", true);
    }
    const restoredAt = Date.now();
    expect(text).toContain("We could not reach our payment provider. Nothing was charged");
    // What the failed attempt left behind: a customer id on the reader, a subscription row, a customer at Stripe.
    const halfCreated =
      Number((await testDb().user.findUniqueOrThrow({ where: { id: reader.userId } })).stripeCustomerId !== null) +
      (await testDb().subscription.count({ where: { userId: reader.userId } })) +
      (await stripeClient().customers.list({ email: reader.email })).data.length;
    expect(halfCreated).toBe(0);
    // Once Stripe is back, the same reader can check out.
    const ok = await submitForm("/subscribe", { plan: "individual-monthly" }, {}, { cookie: reader.cookie });
    statuses.push(String(ok.status));
    const recoveredAt = Date.now();
    expect(ok.status).toBe(303);
    const errorsByStatus = Object.fromEntries([...new Set(statuses)].filter((a) => a !== "303").map((a) => [a, statuses.filter((x) => x === a).length]));
    console.log(
      `fault: stripe unreachable ${JSON.stringify({ requests: statuses.length, errorsByStatus, timeToRecoverMs: recoveredAt - restoredAt, halfCreated, itemsLost: ok.status === 303 ? 0 : 1 })}`,
    );
  });
});

describe("storage write failure", () => {
  it("an upload whose file cannot be written gets a clear message, and leaves no file and no row", async () => {
    const editor = await sessionCookie({ kind: "editor" });
    // A PDF whose hash prefix has no folder yet (a few tries at most), so that
    // where the file would go can be made unwritable: a plain file stands
    // where its folder must be.
    let pdf!: Buffer, sha!: string, folder!: string;
    for (let i = 0; ; i++) {
      pdf = (
        await renderDocumentPdf({
          title: "Disk Full Test",
          issuer: "CBP",
          caseNumber: null,
          dateIssued: "2025-01-02",
          paragraphs: [`Unique ${Date.now()} ${Math.random()}`],
        })
      ).pdf;
      sha = createHash("sha256").update(pdf).digest("hex");
      folder = path.join(inject("storageDir"), "documents", sha.slice(0, 2));
      if (!existsSync(folder)) break;
      expect(i, "no free hash prefix found").toBeLessThan(50);
    }
    mkdirSync(path.dirname(folder), { recursive: true });
    writeFileSync(folder, "not a folder");
    const rowsBefore = await testDb().sourceDocument.count();
    const upload = () =>
      fetch(`${base()}/api/newsroom/documents`, {
        method: "POST",
        body: new Uint8Array(pdf),
        headers: { cookie: editor.cookie, "x-file-name": "disk-full.pdf", "content-type": "application/pdf", origin: base() },
      });
    const statuses: number[] = [];
    let rowsCreated: number;
    try {
      const r = await upload();
      statuses.push(r.status);
      const body = (await r.json()) as { message: string };
      expect(r.status).toBe(507);
      expect(body.message).toContain("could not be stored");
      rowsCreated = (await testDb().sourceDocument.count()) - rowsBefore;
      expect(rowsCreated).toBe(0);
      expect(await testDb().sourceDocument.findUnique({ where: { sha256: sha } })).toBeNull();
    } finally {
      rmSync(folder, { force: true });
    }
    const restoredAt = Date.now();
    // No partial file anywhere under the storage folder.
    const filesLeft = readdirSync(inject("storageDir"), { recursive: true }).filter((f) => String(f).includes(sha)).length;
    expect(filesLeft).toBe(0);
    // Once the disk takes writes again, the same upload is stored.
    const retry = await upload();
    statuses.push(retry.status);
    const recoveredAt = Date.now();
    expect(retry.status).toBe(201);
    const stored = (await testDb().sourceDocument.findUnique({ where: { sha256: sha } })) !== null;
    const errorsByStatus = Object.fromEntries([...new Set(statuses.filter((x) => x >= 400))].map((x) => [x, statuses.filter((y) => y === x).length]));
    console.log(
      `fault: storage write failure ${JSON.stringify({ requests: statuses.length, errorsByStatus, timeToRecoverMs: recoveredAt - restoredAt, rowsCreated, filesLeft, itemsLost: stored ? 0 : 1 })}`,
    );
  });
});
