"use server";

import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { createDraft, findArticlesForReference, findDocumentsToAttach } from "@/lib/newsroom/articles";
import { asStaff } from "@/lib/newsroom/action";
import { restoreRevision, saveArticle } from "@/lib/newsroom/editing";
import { renderDocumentPreview } from "@/lib/newsroom/preview";
import { publishNow, scheduleArticle, unpublishArticle } from "@/lib/newsroom/publishing";
import { enqueuePublish } from "@/lib/jobs/queue";
import { audit } from "@/lib/audit";

const id = z.string().min(1).max(64);
const short = z.string().max(200);

export async function createArticleAction(): Promise<void> {
  const r = await asStaff("editor", async (v) => {
    const articleId = await createDraft(v.userId);
    await audit(v.userId, "article.create", articleId);
    return { ok: true as const, id: articleId };
  });
  if (!r.ok) forbidden();
  redirect(`/newsroom/articles/${r.id}`);
}

export async function saveArticleAction(input: unknown) {
  return asStaff("editor", (v) => saveArticle(v.userId, input));
}

export async function publishAction(articleId: unknown) {
  return asStaff("editor", (v) => publishNow(v.userId, id.parse(articleId)));
}

export async function scheduleAction(articleId: unknown, at: unknown) {
  return asStaff("editor", (v) => scheduleArticle(v.userId, id.parse(articleId), { at }, enqueuePublish));
}

export async function unpublishAction(articleId: unknown) {
  return asStaff("editor", (v) => unpublishArticle(v.userId, id.parse(articleId)));
}

export async function restoreRevisionAction(articleId: unknown, revisionId: unknown, version: unknown) {
  return asStaff("editor", (v) => restoreRevision(v.userId, id.parse(articleId), id.parse(revisionId), z.coerce.number().int().parse(version)));
}

export async function previewDocumentAction(teaser: unknown, body: unknown) {
  return asStaff("editor", async () => ({ ok: true as const, ...(await renderDocumentPreview(String(teaser ?? ""), String(body ?? ""))) }));
}

export async function findReferencesAction(q: unknown) {
  return asStaff("editor", async () => ({
    ok: true as const,
    results: (await findArticlesForReference(short.parse(q))).map((a) => ({ publicId: a.publicId!, headline: a.headline })),
  }));
}

export async function findDocumentsAction(q: unknown) {
  return asStaff("editor", async () => ({ ok: true as const, results: await findDocumentsToAttach(short.parse(q)) }));
}
