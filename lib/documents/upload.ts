// Receiving an uploaded PDF: size enforced while the bytes stream in (never
// buffering more than the limit), sha256 computed on the way, the content
// checked, duplicates recognised, then stored and recorded together so that
// a failure leaves neither a file nor a row.
import { createHash } from "node:crypto";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import type { Storage } from "../storage/index.ts";
import { InvalidPdf, inspectPdf } from "./pdf.ts";

const log = logger("documents");

export type UploadResult =
  | { ok: true; id: string }
  | { ok: false; status: 400 | 409 | 413 | 415 | 422 | 500 | 507; code: string; message: string; existing?: { id: string; title: string } };

export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "document.pdf";
  const cleaned = base
    .normalize("NFKC")
    .replace(/[^\w.\- ()]/g, "_")
    .slice(0, 150)
    .trim();
  return cleaned.toLowerCase().endsWith(".pdf") ? cleaned : `${cleaned || "document"}.pdf`;
}

export async function receiveUpload(
  body: ReadableStream<Uint8Array> | null,
  opts: {
    fileName: string;
    maxBytes: number;
    declaredBytes: number | null;
    uploaderId: string;
    store: Storage;
    enqueueExtraction: (id: string) => Promise<void>;
  },
): Promise<UploadResult> {
  const limitMb = Math.round(opts.maxBytes / 1024 / 1024);
  const tooBig = {
    ok: false as const,
    status: 413 as const,
    code: "too-large",
    message: `This file is larger than the ${limitMb} MB limit. Nothing was stored.`,
  };
  if (!body) return { ok: false, status: 400, code: "empty", message: "No file was received." };
  if (opts.declaredBytes !== null && opts.declaredBytes > opts.maxBytes) return tooBig;

  const hash = createHash("sha256");
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > opts.maxBytes) {
      await reader.cancel().catch(() => {});
      return tooBig;
    }
    hash.update(value);
    chunks.push(Buffer.from(value));
  }
  if (size === 0) return { ok: false, status: 400, code: "empty", message: "The file is empty." };
  const data = Buffer.concat(chunks, size);
  const sha256 = hash.digest("hex");

  let pages: number;
  try {
    pages = (await inspectPdf(data)).pages;
  } catch (e) {
    if (e instanceof InvalidPdf) {
      const notPdf = e.message.startsWith("This file is not a PDF");
      return { ok: false, status: notPdf ? 415 : 422, code: notPdf ? "not-pdf" : "corrupt-pdf", message: e.message };
    }
    throw e;
  }

  const existing = await db().sourceDocument.findUnique({ where: { sha256 }, select: { id: true, title: true } });
  if (existing)
    return {
      ok: false,
      status: 409,
      code: "duplicate",
      message: `This exact file is already in the library as "${existing.title}". Link that document instead.`,
      existing,
    };

  const fileName = safeFileName(opts.fileName);
  const fileKey = `documents/${sha256.slice(0, 2)}/${sha256}.pdf`;
  try {
    await opts.store.put(fileKey, data);
  } catch (e) {
    log.error("document could not be stored", { error: (e as Error).message });
    return { ok: false, status: 507, code: "storage", message: "The file could not be stored just now. Nothing was saved; please try again." };
  }
  try {
    const doc = await db().sourceDocument.create({
      data: {
        title: fileName.replace(/\.pdf$/i, "").replace(/[_-]+/g, " "),
        type: "OTHER",
        issuer: "",
        dateIssued: new Date(new Date().toISOString().slice(0, 10)),
        fileKey,
        fileName,
        sizeBytes: size,
        sha256,
        pageCount: pages,
        extractionStatus: "PENDING",
      },
      select: { id: true },
    });
    await opts.enqueueExtraction(doc.id).catch((e) => log.warn("extraction not queued yet; the sweep will pick it up", { error: (e as Error).message }));
    log.info("document uploaded", { id: doc.id, bytes: size, pages });
    return { ok: true, id: doc.id };
  } catch (e) {
    await opts.store.remove(fileKey).catch(() => {});
    throw e;
  }
}
