// Reader-side document library: listing with filters, one document with the
// articles citing it, and the file itself only for viewers with full access.
import "server-only";
import { z } from "zod";
import { canReadLibrary, type Viewer } from "../access/index.ts";
import { db } from "../db.ts";
import { storage } from "../storage/index.ts";
import { articlePath } from "../articles/queries.ts";
import { calendarDate } from "../http/query-check.ts";

import { DOCUMENT_TYPES, type DocumentType } from "./types.ts";
import { publishedWhere } from "../access/index.ts";

export { DOCUMENT_TYPES, type DocumentType };

// proxy.ts answers 400 to an impossible date before the page runs; here one is only never a query.
const isoDate = calendarDate
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .optional()
  .catch(undefined);
export const libraryFilter = z.object({
  type: z
    .enum(Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]])
    .optional()
    .catch(undefined),
  issuer: z.string().max(120).optional().catch(undefined),
  case: z.string().max(60).optional().catch(undefined),
  from: isoDate,
  to: isoDate,
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export async function listDocuments(raw: Record<string, string | undefined>) {
  const f = libraryFilter.parse(raw);
  const page = f.page ?? 1;
  const where = {
    ...(f.type ? { type: f.type } : {}),
    ...(f.issuer ? { issuer: { contains: f.issuer, mode: "insensitive" as const } } : {}),
    ...(f.case ? { caseNumber: { contains: f.case.trim(), mode: "insensitive" as const } } : {}),
    ...(f.from || f.to ? { dateIssued: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } } : {}),
  };
  const [rows, total, issuers] = await Promise.all([
    db().sourceDocument.findMany({
      where,
      orderBy: [{ dateIssued: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * 25,
      take: 25,
      select: { id: true, title: true, type: true, issuer: true, caseNumber: true, dateIssued: true, pageCount: true, summary: true },
    }),
    db().sourceDocument.count({ where }),
    db().sourceDocument.findMany({ distinct: ["issuer"], select: { issuer: true }, where: { issuer: { not: "" } }, orderBy: { issuer: "asc" } }),
  ]);
  return { filter: f, rows, total, page, pages: Math.max(1, Math.ceil(total / 25)), issuers: issuers.map((i) => i.issuer) };
}

/** A document id looks like one (a cuid) before it reaches the database: an address with a NUL or a slash never does. */
const isDocumentId = (id: string) => /^[a-z0-9]{10,40}$/i.test(id);

export async function documentForViewer(id: string, viewer: Viewer) {
  if (!isDocumentId(id)) return null;
  const d = await db().sourceDocument.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      type: true,
      issuer: true,
      caseNumber: true,
      dateIssued: true,
      summary: true,
      pageCount: true,
      sizeBytes: true,
      fileName: true,
      articles: {
        where: { article: publishedWhere() },
        select: { article: { select: { publicId: true, slug: true, headline: true, publishedAt: true } } },
      },
    },
  });
  if (!d) return null;
  return {
    ...d,
    citedBy: d.articles.map(({ article: a }) => ({
      publicId: a.publicId!,
      headline: a.headline,
      publishedAt: a.publishedAt!,
      path: articlePath({ publicId: a.publicId!, slug: a.slug }),
    })),
    canDownload: canReadLibrary(viewer),
  };
}

/** The file, or null when the viewer may not have it (not one byte leaves then). */
export async function documentFileForViewer(id: string, viewer: Viewer) {
  if (!canReadLibrary(viewer)) return { allowed: false as const };
  if (!isDocumentId(id)) return { allowed: true as const, file: null };
  const d = await db().sourceDocument.findUnique({ where: { id }, select: { fileKey: true, fileName: true, sizeBytes: true, sha256: true } });
  if (!d) return { allowed: true as const, file: null };
  return { allowed: true as const, file: { ...d, stream: await storage().read(d.fileKey) } };
}
