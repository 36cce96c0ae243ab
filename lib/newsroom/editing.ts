// Saving an article: validated input, the document reduced to the stored
// allow-list on save (and again on render, lib/articles/document.ts), optimistic locking on `version`, and a revision for every save.
// A save over someone else's newer version is refused and its text kept as a
// CONFLICT revision, so two editors never lose each other's work.
import "server-only";
import { z } from "zod";
import { db } from "../db.ts";
import { unresolvedReferences } from "../articles/reference-check.ts";
import { slugify } from "../articles/slug.ts";
import { canonicalHtml } from "../articles/document.ts";
import { invalidate } from "../cache/invalidate.ts";
import type { Tx } from "../db.ts";
import { recordCorrection } from "./correction-record.ts";

export const articleInput = z.object({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1),
  headline: z.string().max(300, "Headlines are at most 300 characters."),
  slug: z.string().max(120).optional().default(""),
  teaser: z.string().max(50_000, "The teaser is too long: keep it to a lead paragraph or two."),
  body: z.string().max(1_000_000, "The body is too long (over 1,000,000 characters of formatted text)."),
  topics: z.array(z.string().max(60)).max(20).default([]),
  authors: z.array(z.string().max(60)).max(10).default([]),
  documents: z.array(z.string().max(64)).max(50).default([]),
  autosave: z.boolean().optional().default(false),
});
export type ArticleInput = z.input<typeof articleInput>;

export type SaveResult =
  | { ok: true; version: number; slug: string; unresolved: string[]; savedAt: string }
  | { ok: false; conflict: true; message: string; theirs: { version: number; savedAt: string; by: string | null } }
  | { ok: false; conflict?: false; message: string };

/**
 * A correction notice published with this save (decision 34): written in the
 * same transaction as the edit, so a refused save publishes no notice and a
 * notice never points at text that was not saved.
 */
export type WithCorrection = { note: string };

export async function saveArticle(editorId: string, raw: unknown, correction?: WithCorrection): Promise<SaveResult> {
  const parsed = articleInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "The article could not be saved: invalid input." };
  const input = parsed.data;
  const headline = input.headline.replace(/\s+/g, " ").trim();
  const teaser = canonicalHtml(input.teaser);
  const body = canonicalHtml(input.body);
  const slug = slugify(input.slug.trim() || headline || "untitled");

  const result = await db().$transaction(async (tx) => {
    const current = await tx.article.findUnique({
      where: { id: input.id },
      select: { version: true, status: true, publicId: true, slug: true, updatedAt: true, lastEditorId: true, headline: true, teaser: true, body: true },
    });
    if (!current) return { ok: false as const, message: "This article no longer exists." };
    if (correction && current.status !== "PUBLISHED") return { ok: false as const, message: "Only a published story can carry a correction; save it instead." };
    if (current.status === "PUBLISHED" && current.version === input.version) await keepPreviousVersion(tx, input.id, current);
    const updated = await tx.article.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        headline,
        slug,
        teaser,
        body,
        version: { increment: 1 },
        lastEditorId: editorId,
        ...(current.status === "PUBLISHED" && !input.autosave ? { correctedAt: new Date() } : {}),
      },
    });
    if (updated.count === 0) {
      // Someone saved first: keep this text as a revision and say so.
      await tx.articleRevision.create({ data: { articleId: input.id, version: input.version, kind: "CONFLICT", headline, slug, teaser, body, editorId } });
      const by = current.lastEditorId ? await tx.user.findUnique({ where: { id: current.lastEditorId }, select: { email: true } }) : null;
      return {
        ok: false as const,
        conflict: true as const,
        message: `Not saved: ${by?.email ?? "another editor"} saved a newer version (v${current.version}) while you were editing. Your text is kept in the revision history; reload to see theirs, then merge.`,
        theirs: { version: current.version, savedAt: current.updatedAt.toISOString(), by: by?.email ?? null },
      };
    }
    const version = input.version + 1;
    await tx.articleTopic.deleteMany({ where: { articleId: input.id } });
    const topics = await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true } });
    if (topics.length) await tx.articleTopic.createMany({ data: topics.map((t) => ({ articleId: input.id, topicId: t.id })) });
    await tx.articleAuthor.deleteMany({ where: { articleId: input.id } });
    const authors = await tx.author.findMany({ where: { slug: { in: input.authors } }, select: { id: true, slug: true } });
    if (authors.length)
      await tx.articleAuthor.createMany({ data: authors.map((a) => ({ articleId: input.id, authorId: a.id, position: input.authors.indexOf(a.slug) })) });
    await tx.articleDocument.deleteMany({ where: { articleId: input.id } });
    const docs = await tx.sourceDocument.findMany({ where: { id: { in: input.documents } }, select: { id: true } });
    if (docs.length) await tx.articleDocument.createMany({ data: docs.map((d) => ({ articleId: input.id, documentId: d.id })) });
    await tx.articleRevision.create({
      data: { articleId: input.id, version, kind: correction ? "CORRECTION" : input.autosave ? "AUTOSAVE" : "SAVE", headline, slug, teaser, body, editorId },
    });
    if (correction) await recordCorrection(tx, { articleId: input.id, publicId: current.publicId, version, editorId, note: correction.note, edited: true });
    return { ok: true as const, version, status: current.status, publicId: current.publicId, previousSlug: current.slug };
  });
  if (!result.ok) return result;
  if (result.status === "PUBLISHED" && (!input.autosave || correction)) await invalidate([{ publicId: result.publicId, slugs: [result.previousSlug, slug] }]);
  return {
    ok: true,
    version: result.version,
    slug,
    unresolved: await unresolvedReferences([teaser, body], result.publicId),
    savedAt: new Date().toISOString(),
  };
}

/**
 * "Minor edits stay silent but versioned" (decision 34): before a published story's
 * text changes, its current text is in the history. Saves through the editor have
 * written it already; a story that never went through the editor (seeded, imported)
 * gets it written now, under its current version and last editor.
 */
async function keepPreviousVersion(
  tx: Tx,
  articleId: string,
  current: { version: number; headline: string; slug: string; teaser: string; body: string; lastEditorId: string | null },
) {
  const kept = await tx.articleRevision.count({ where: { articleId, version: current.version, kind: { not: "CONFLICT" } } });
  if (kept > 0) return;
  const { version, headline, slug, teaser, body, lastEditorId } = current;
  await tx.articleRevision.create({ data: { articleId, version, kind: "SAVE", headline, slug, teaser, body, editorId: lastEditorId } });
}

export async function revisionsOf(articleId: string) {
  const rows = await db().articleRevision.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, version: true, kind: true, headline: true, teaser: true, body: true, createdAt: true, editorId: true },
  });
  const editors = await db().user.findMany({
    where: { id: { in: rows.map((r) => r.editorId).filter((x): x is string => !!x) } },
    select: { id: true, email: true },
  });
  const byId = new Map(editors.map((e) => [e.id, e.email]));
  return rows.map((r) => ({ ...r, editor: r.editorId ? (byId.get(r.editorId) ?? "unknown") : "system" }));
}

/** Restore a revision's text as a new save (the current text stays in history). */
export async function restoreRevision(editorId: string, articleId: string, revisionId: string, version: number): Promise<SaveResult> {
  const rev = await db().articleRevision.findFirst({ where: { id: revisionId, articleId }, select: { headline: true, slug: true, teaser: true, body: true } });
  if (!rev) return { ok: false, message: "That revision does not exist." };
  const a = await db().article.findUnique({
    where: { id: articleId },
    select: {
      topics: { select: { topic: { select: { slug: true } } } },
      authors: { select: { author: { select: { slug: true } } } },
      documents: { select: { documentId: true } },
    },
  });
  const r = await saveArticle(editorId, {
    id: articleId,
    version,
    ...rev,
    topics: a?.topics.map((t) => t.topic.slug) ?? [],
    authors: a?.authors.map((x) => x.author.slug) ?? [],
    documents: a?.documents.map((d) => d.documentId) ?? [],
  });
  if (r.ok) await db().articleRevision.updateMany({ where: { articleId, version: r.version, kind: "SAVE" }, data: { kind: "RESTORE" } });
  return r;
}
