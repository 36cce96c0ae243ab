// Background text extraction for the library (job "extract-document").
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { storage } from "../storage/index.ts";
import { enqueueAlertMatch } from "../jobs/queue.ts";
import { extractPdfText } from "./pdf.ts";

const log = logger("extraction");

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as unknown as Uint8Array));
  return Buffer.concat(chunks);
}

export async function extractDocument(id: string): Promise<void> {
  const doc = await db().sourceDocument.findUnique({ where: { id }, select: { fileKey: true, extractionStatus: true } });
  if (!doc || doc.extractionStatus === "DONE" || doc.extractionStatus === "NO_TEXT") return;
  try {
    const { text, pages } = await extractPdfText(await readAll(await storage().read(doc.fileKey)));
    const hasText = text.replace(/\s+/g, "").length >= 20;
    await db().sourceDocument.update({
      where: { id },
      data: { extractedText: hasText ? text : null, pageCount: pages, extractionStatus: hasText ? "DONE" : "NO_TEXT" },
    });
    log.info("text extracted", { id, chars: text.length, status: hasText ? "DONE" : "NO_TEXT" });
    await enqueueAlertMatch({ documentId: id }).catch((e) =>
      log.warn("alert matching not queued; the minute sweep will catch it", { error: (e as Error).message }),
    );
  } catch (e) {
    await db().sourceDocument.update({ where: { id }, data: { extractionStatus: "FAILED" } });
    log.error("text extraction failed", { id, error: (e as Error).message });
  }
}

/** Anything uploaded whose job was lost (crash before enqueue) is extracted by the sweep. */
export async function extractPending(): Promise<number> {
  const pending = await db().sourceDocument.findMany({
    where: { extractionStatus: "PENDING", createdAt: { lt: new Date(Date.now() - 60_000) } },
    select: { id: true },
    take: 20,
  });
  for (const d of pending) await extractDocument(d.id);
  return pending.length;
}
