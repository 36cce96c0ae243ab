import "server-only";
import { canReadLibrary, type Viewer } from "../access/index.ts";
import { db } from "../db.ts";
import { storage } from "../storage/index.ts";

export async function publishedEditions(limit = 60) {
  return db().edition.findMany({
    where: { status: { in: ["READY", "SENDING", "SENT"] } },
    orderBy: { day: "desc" },
    take: limit,
    select: { day: true, pdfPages: true, _count: { select: { items: true } } },
  });
}

/** The edition's PDF, only for readers with full access; nothing otherwise. */
export async function editionPdfForViewer(day: string, viewer: Viewer) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { allowed: true as const, file: null };
  if (!canReadLibrary(viewer)) return { allowed: false as const };
  const e = await db().edition.findUnique({ where: { day }, select: { pdfKey: true, pdfBytes: true } });
  if (!e?.pdfKey) return { allowed: true as const, file: null };
  return { allowed: true as const, file: { bytes: e.pdfBytes ?? undefined, stream: await storage().read(e.pdfKey) } };
}
