// The correction notice row and its audit entry, written inside the caller's
// transaction (a save with a correction, or a note on its own): decision 34.
import "server-only";
import { audit } from "../audit.ts";
import type { Tx } from "../db.ts";

/** The notice itself, in the caller's transaction, with its audit entry. */
export async function recordCorrection(
  tx: Tx,
  c: { articleId: string; publicId: string | null; version: number; editorId: string; note: string; edited: boolean },
) {
  const row = await tx.articleCorrection.create({
    data: { articleId: c.articleId, version: c.version, editorId: c.editorId, note: c.note },
    select: { publishedAt: true, note: true },
  });
  await audit(c.editorId, "article.correct", c.publicId ?? c.articleId, { articleId: c.articleId, version: c.version, note: c.note, edited: c.edited }, tx);
  return row;
}
