// The source document library: uploads recognised by content, size limits
// enforced while streaming, duplicates, extraction, and downloads only for
// readers with full access.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { renderDocumentPdf } from "../../lib/seed/document-pdf.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";

const SENTENCE = "The tribunal holds that the merchandise is properly classified under subheading 9405.40.84.";
let editor: string;
let pdf: Buffer;

function storedFiles(): string[] {
  const root = path.join(inject("storageDir"), "documents");
  const out: string[] = [];
  const walk = (d: string) => existsSync(d) && readdirSync(d).forEach((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : out.push(f)));
  walk(root);
  return out.sort();
}

async function upload(body: BodyInit, cookie = editor, name = "ruling.pdf", extra: RequestInit = {}) {
  const r = await fetch(`${base()}/api/newsroom/documents`, {
    method: "POST",
    body,
    headers: { cookie, "x-file-name": encodeURIComponent(name), "content-type": "application/pdf" },
    ...extra,
  });
  return {
    status: r.status,
    body: (await r.json().catch(() => ({}))) as { ok?: boolean; id?: string; code?: string; message?: string; existing?: { id: string } },
  };
}

async function extracted(id: string) {
  const until = Date.now() + 30_000;
  for (;;) {
    const d = await testDb().sourceDocument.findUniqueOrThrow({ where: { id } });
    if (d.extractionStatus !== "PENDING" || Date.now() > until) return d;
    await new Promise((r) => setTimeout(r, 300));
  }
}

beforeAll(async () => {
  editor = (await sessionCookie({ kind: "editor" })).cookie;
  pdf = (
    await renderDocumentPdf({
      title: "Brightway v. United States",
      issuer: "U.S. Court of International Trade",
      caseNumber: "25-00119",
      dateIssued: "2025-03-04",
      paragraphs: [SENTENCE, `Unique marker ${Date.now()}.`, "The government's motion for summary judgment is granted."],
    })
  ).pdf;
});

describe("uploading to the library", () => {
  let id: string;

  it("accepts a real PDF, extracts its text in the background, and recognises the same file again", async () => {
    const r = await upload(new Uint8Array(pdf));
    expect(r.status, r.body.message).toBe(201);
    id = r.body.id!;
    const d = await extracted(id);
    expect(d.extractionStatus).toBe("DONE");
    expect(d.extractedText).toContain(SENTENCE);
    expect(d.sha256).toBe(createHash("sha256").update(pdf).digest("hex"));
    const again = await upload(new Uint8Array(pdf), editor, "copy.pdf");
    expect(again.status).toBe(409);
    expect(again.body.existing?.id).toBe(id);
    expect(again.body.message).toContain("already in the library");
  });

  it("refuses a non-PDF renamed .pdf, and a corrupt PDF, with clear messages and nothing stored", async () => {
    const before = { files: storedFiles(), rows: await testDb().sourceDocument.count() };
    const fake = await upload(new TextEncoder().encode("MZ\x90\x00 this is really an executable, renamed to ruling.pdf"));
    expect(fake.status).toBe(415);
    expect(fake.body.message).toContain("not a PDF");
    const corrupt = await upload(Buffer.concat([pdf.subarray(0, 600), Buffer.from("garbage")]));
    expect(corrupt.status).toBe(422);
    expect(corrupt.body.message).toMatch(/damaged|not a readable PDF/);
    expect(storedFiles()).toEqual(before.files);
    expect(await testDb().sourceDocument.count()).toBe(before.rows);
  });

  it("refuses a file over the limit while streaming, without storing it whole", async () => {
    const before = { files: storedFiles(), rows: await testDb().sourceDocument.count() };
    const big = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(6 * 1024 * 1024, 0x41)]);
    const declared = await upload(new Uint8Array(big));
    expect(declared.status).toBe(413);
    expect(declared.body.message).toContain("5 MB limit");
    // Without a Content-Length the server must stop reading at the limit.
    let sent = 0;
    const chunk = new Uint8Array(256 * 1024).fill(0x42);
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= 8 * 1024 * 1024) return c.close();
        sent += chunk.length;
        c.enqueue(chunk);
      },
    });
    // The server answers 413 mid-stream; "connection: close" keeps that socket out of the client's pool.
    const streamed = await fetch(`${base()}/api/newsroom/documents`, {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { cookie: editor, "x-file-name": "big.pdf", connection: "close" },
    } as RequestInit).then(async (r) => ({ status: r.status }));
    expect(streamed.status).toBe(413);
    expect(storedFiles()).toEqual(before.files);
    expect(await testDb().sourceDocument.count()).toBe(before.rows);
  });

  it("flags a PDF without a text layer as scanned", async () => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => doc.on("end", r));
    doc.rect(50, 50, 400, 600).fill("#888").circle(200, 200, 80).fill("#333");
    doc.end();
    await done;
    const r = await upload(Buffer.concat(chunks), editor, "scan.pdf");
    expect(r.status).toBe(201);
    expect((await extracted(r.body.id!)).extractionStatus).toBe("NO_TEXT");
    const page = await (await fetch(`${base()}/newsroom/documents/${r.body.id}`, { headers: { cookie: editor } })).text();
    expect(page).toContain("Scanned, no text");
  });

  it("refuses uploads from readers", async () => {
    const { cookie } = await sessionCookie({ kind: "subscriber" });
    expect((await upload(new Uint8Array(pdf), cookie, "x.pdf")).status).toBe(403);
    expect((await upload(new Uint8Array(pdf), "", "x.pdf")).status).toBe(401);
  });

  it("serves the file only to readers with full access, byte for byte", async () => {
    const url = `${base()}/documents/${id}/download`;
    for (const cookie of ["", (await sessionCookie({ kind: "preview-expired" })).cookie, "next-auth.session-token=forged"]) {
      const r = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
      const bytes = Buffer.from(await r.arrayBuffer());
      expect(r.status).toBe(303);
      expect(bytes.length).toBe(0);
      expect(r.headers.get("location")).toContain(`/documents/${id}`);
    }
    for (const kind of ["subscriber", "preview"] as const) {
      const { cookie } = await sessionCookie({ kind });
      const r = await fetch(url, { headers: { cookie } });
      expect(r.status).toBe(200);
      expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="ruling\.pdf"/);
      const bytes = Buffer.from(await r.arrayBuffer());
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(createHash("sha256").update(pdf).digest("hex"));
    }
    const anonPage = await (await fetch(`${base()}/documents/${id}`)).text();
    expect(anonPage).toContain("Sign up for a free preview to download this document");
    expect(anonPage).not.toContain(`/documents/${id}/download`);
  });
});

describe("reader library", () => {
  it("filters by case number, type, issuer and date", async () => {
    const byCase = (await (await fetch(`${base()}/documents?case=24-00025`)).text()).replace(/<!-- -->/g, "");
    expect(byCase).toContain("Luminara Home Technologies");
    expect(byCase).toMatch(/>1 document</);
    expect(byCase).not.toContain("Sunfield Mounting Systems");
    const legislation = await (await fetch(`${base()}/documents?type=LEGISLATION`)).text();
    expect(legislation).toContain("Uyghur Human Rights Policy Act of 2020");
    expect(legislation).not.toContain("Luminara Home Technologies");
    const dated = await (await fetch(`${base()}/documents?from=2020-07-09&to=2020-07-09`)).text();
    expect(dated).toContain("Treasury Sanctions Chinese Entity");
    expect(dated).not.toContain("Uyghur Human Rights Policy Act of 2020");
    const garbage = await fetch(`${base()}/documents?type=%3Cscript%3E&page=-4`);
    expect(garbage.status).toBe(200);
    // A date the filter cannot use is a 400 that names it (issue 17, item 7), not a silently ignored filter.
    const badDate = await fetch(`${base()}/documents?from=notadate`);
    expect(badDate.status).toBe(400);
    expect(await badDate.text()).toContain("&#34;from&#34; must be a real date written YYYY-MM-DD");
  });

  it("a document page lists the stories that cite it", async () => {
    const d = await testDb().sourceDocument.findFirstOrThrow({ where: { caseNumber: "24-00025" } });
    const page = await (await fetch(`${base()}/documents/${d.id}`)).text();
    expect(page).toContain("Stories citing this document");
    expect(page).toMatch(/href="\/articles\/\d{10}\//);
  });
});
