// Newsroom side of the library: every document with its extraction status,
// and the metadata editors fill in after uploading.
import "server-only";
import { z } from "zod";
import { db } from "../db.ts";
import { DOCUMENT_TYPES, type DocumentType } from "../documents/queries.ts";

export async function newsroomDocuments(q?: unknown) {
  // A repeated ?q= arrives as an array: only one string is a search term.
  const term = typeof q === "string" ? q.trim().slice(0, 100) : undefined;
  return db().sourceDocument.findMany({
    where: term ? { OR: [{ title: { contains: term, mode: "insensitive" } }, { caseNumber: { contains: term, mode: "insensitive" } }] } : {},
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      title: true,
      type: true,
      issuer: true,
      caseNumber: true,
      dateIssued: true,
      extractionStatus: true,
      pageCount: true,
      sizeBytes: true,
      _count: { select: { articles: true } },
    },
  });
}

export async function documentForEditing(id: string) {
  return db().sourceDocument.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      type: true,
      issuer: true,
      caseNumber: true,
      dateIssued: true,
      summary: true,
      extractionStatus: true,
      pageCount: true,
      sizeBytes: true,
      sha256: true,
      fileName: true,
      extractedText: true,
    },
  });
}

export const metadataInput = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(3, "Give the document a title.").max(300),
  type: z.enum(Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]]),
  issuer: z.string().trim().min(2, "Name the court or agency that issued it.").max(200),
  caseNumber: z
    .string()
    .trim()
    .max(80)
    .optional()
    .transform((s) => s || null),
  dateIssued: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date issued.")
    .transform((s) => new Date(`${s}T00:00:00Z`)),
  summary: z.string().trim().max(2000).default(""),
});

export async function updateDocumentMetadata(raw: unknown): Promise<{ ok: boolean; message: string }> {
  const parsed = metadataInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid metadata." };
  const { id, ...data } = parsed.data;
  const r = await db().sourceDocument.updateMany({ where: { id }, data });
  return r.count ? { ok: true, message: "Metadata saved." } : { ok: false, message: "This document no longer exists." };
}
