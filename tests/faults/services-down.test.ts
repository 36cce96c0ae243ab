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
    try {
      const html = await submitSignupForm("/articles/2007090041", email, { "x-forwarded-for": "10.55.0.1" });
      expect(html).toContain("We could not send the email just now");
      expect(html).not.toContain("Check your inbox");
    } finally {
      await smtp(true);
      restoredAt = Date.now();
    }
    const again = await submitSignupForm("/articles/2007090041", email, { "x-forwarded-for": "10.55.0.2" });
    expect(again).toContain("Check your inbox");
    expect((await waitForMail(email)).subject).toMatch(/sign-in link/i);
    const delivered = (await inbox(email)).length;
    console.log(`fault: smtp down ${JSON.stringify({ requests: 2, errorsByStatus: { "200 with 'could not send' message": 1 }, timeToRecoverMs: Date.now() - restoredAt, delivered, itemsLost: 1 - delivered })}`);
  });
});

describe("Stripe unreachable", () => {
  it("checkout says so clearly and creates nothing", async () => {
    const reader = await sessionCookie({ kind: "preview-expired" });
    await fault("stripe", false);
    let text: string;
    try {
      const r = await submitForm("/subscribe", { plan: "individual-monthly" }, {}, { cookie: reader.cookie });
      expect(r.status).toBe(200);
      text = await r.text();
    } finally {
      await fault("stripe", true);
    }
    const restoredAt = Date.now();
    expect(text).toContain("We could not reach our payment provider. Nothing was charged");
    expect((await testDb().user.findUniqueOrThrow({ where: { id: reader.userId } })).stripeCustomerId).toBeNull();
    expect(await testDb().subscription.count({ where: { userId: reader.userId } })).toBe(0);
    expect((await stripeClient().customers.list({ email: reader.email })).data.length).toBe(0);
    // Once Stripe is back, the same reader can check out.
    const ok = await submitForm("/subscribe", { plan: "individual-monthly" }, {}, { cookie: reader.cookie });
    expect(ok.status).toBe(303);
    console.log(`fault: stripe unreachable ${JSON.stringify({ requests: 2, errorsByStatus: { "200 with 'could not reach' message": 1 }, timeToRecoverMs: Date.now() - restoredAt, halfCreated: 0, itemsLost: 0 })}`);
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
      pdf = (await renderDocumentPdf({ title: "Disk Full Test", issuer: "CBP", caseNumber: null, dateIssued: "2025-01-02", paragraphs: [`Unique ${Date.now()} ${Math.random()}`] })).pdf;
      sha = createHash("sha256").update(pdf).digest("hex");
      folder = path.join(inject("storageDir"), "documents", sha.slice(0, 2));
      if (!existsSync(folder)) break;
      expect(i, "no free hash prefix found").toBeLessThan(50);
    }
    mkdirSync(path.dirname(folder), { recursive: true });
    writeFileSync(folder, "not a folder");
    const rowsBefore = await testDb().sourceDocument.count();
    try {
      const r = await fetch(`${base()}/api/newsroom/documents`, { method: "POST", body: new Uint8Array(pdf), headers: { cookie: editor.cookie, "x-file-name": "disk-full.pdf", "content-type": "application/pdf" } });
      const body = (await r.json()) as { message: string };
      expect(r.status).toBe(507);
      expect(body.message).toContain("could not be stored");
      expect(await testDb().sourceDocument.count()).toBe(rowsBefore);
      expect(await testDb().sourceDocument.findUnique({ where: { sha256: sha } })).toBeNull();
    } finally {
      rmSync(folder, { force: true });
    }
    // No partial file anywhere under the storage folder.
    const filesLeft = readdirSync(inject("storageDir"), { recursive: true }).filter((f) => String(f).includes(sha)).length;
    expect(filesLeft).toBe(0);
    console.log(`fault: storage write failure ${JSON.stringify({ requests: 1, errorsByStatus: { 507: 1 }, timeToRecoverMs: 0, rowsCreated: 0, filesLeft, itemsLost: 0 })}`);
  });
});
