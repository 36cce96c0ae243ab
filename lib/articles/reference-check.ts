// Broken cross-references: "(see N)" where N is not a published article.
import { db } from "../db.ts";
import { citedIds } from "./cross-refs.ts";
import { documentText } from "./document.ts";
import { publishedWhere } from "../access/index.ts";

/** Cited IDs in these stored documents that are not published articles (broken cross-references). */
export async function unresolvedReferences(documents: string[], selfPublicId?: string | null): Promise<string[]> {
  const ids = citedIds(documents.map(documentText).join("\n")).filter((id) => id !== selfPublicId);
  if (!ids.length) return [];
  const found = await db().article.findMany({ where: { ...publishedWhere(), publicId: { in: ids } }, select: { publicId: true } });
  const ok = new Set(found.map((f) => f.publicId));
  return ids.filter((id) => !ok.has(id));
}
