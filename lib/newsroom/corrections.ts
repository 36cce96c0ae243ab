// Publishing a correction (decision 34): a short public note, shown under the
// headline, on /corrections and in its feed, optionally with an edit of the
// text. Editors only (decision 25: what readers see is the editors' call).
// The note is checked before anything is written, so a bad note loses nothing:
// the edit stays in the editor, unsaved, with the message beside it.
import "server-only";
import { z } from "zod";
import { db } from "../db.ts";
import { invalidate } from "../cache/invalidate.ts";
import { normaliseNote } from "../articles/citation.ts";
import { saveArticle, type SaveResult } from "./editing.ts";
import { recordCorrection } from "./correction-record.ts";

export const NOTE_MIN = 10;
export const NOTE_MAX = 500;

export const correctionNote = z
  .string({ error: "Write the correction note readers will see." })
  .transform(normaliseNote)
  .pipe(
    z
      .string()
      .min(NOTE_MIN, `The correction note must be at least ${NOTE_MIN} characters: say what was wrong and what is right.`)
      .max(NOTE_MAX, `The correction note must be at most ${NOTE_MAX} characters; keep it to a sentence or two.`)
      .refine((s) => !/[<>]/.test(s), "The correction note is plain text: leave out < and >."),
  );

export const correctionInput = z.object({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1),
  note: correctionNote,
  /** The edited article (the editor's full save input), when the correction comes with a change of text. */
  article: z.unknown().optional(),
});

export type CorrectionResult = SaveResult & { correction?: { publishedAt: string; note: string } };

export async function publishCorrection(editorId: string, raw: unknown): Promise<CorrectionResult> {
  const parsed = correctionInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: `Correction not published. ${parsed.error.issues[0]?.message ?? "Invalid input."}` };
  const { id, version, note, article } = parsed.data;

  if (article !== undefined) {
    const edited = article as { id?: unknown; version?: unknown } | null;
    if (edited?.id !== id || Number(edited?.version) !== version)
      return { ok: false, message: "Correction not published: the edit is for another article or version." };
    const r = await saveArticle(editorId, article, { note });
    return r.ok ? { ...r, correction: await latestNotice(id) } : { ...r, message: r.conflict ? r.message : `Correction not published. ${r.message}` };
  }

  // A note without a change of text (the text was already right, or fixed by a minor edit before).
  const result = await db().$transaction(async (tx) => {
    await tx.$queryRaw`select "id" from "Article" where "id" = ${id} for update`;
    const a = await tx.article.findUnique({ where: { id }, select: { status: true, publicId: true, slug: true, version: true } });
    if (!a) return { ok: false as const, message: "This article no longer exists." };
    if (a.status !== "PUBLISHED") return { ok: false as const, message: "Only a published story can carry a correction." };
    if (a.version !== version)
      return {
        ok: false as const,
        message: `Correction not published: someone saved a newer version (v${a.version}) while you were editing. Reload, check the text, then publish the correction.`,
      };
    const row = await recordCorrection(tx, { articleId: id, publicId: a.publicId, version, editorId, note, edited: false });
    await tx.article.update({ where: { id }, data: { correctedAt: row.publishedAt } });
    return { ok: true as const, publicId: a.publicId, slug: a.slug, row };
  });
  if (!result.ok) return result;
  await invalidate([{ publicId: result.publicId, slugs: [result.slug] }]);
  return {
    ok: true,
    version,
    slug: result.slug,
    unresolved: [],
    savedAt: result.row.publishedAt.toISOString(),
    correction: { publishedAt: result.row.publishedAt.toISOString(), note: result.row.note },
  };
}

async function latestNotice(articleId: string) {
  const c = await db().articleCorrection.findFirst({ where: { articleId }, orderBy: { publishedAt: "desc" }, select: { publishedAt: true, note: true } });
  return c ? { publishedAt: c.publishedAt.toISOString(), note: c.note } : undefined;
}
