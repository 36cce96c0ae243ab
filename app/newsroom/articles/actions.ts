"use server";

import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { createDraft, findArticlesForReference, findDocumentsToAttach } from "@/lib/newsroom/articles";
import { asStaff } from "@/lib/newsroom/action";
import { restoreRevision, saveArticle } from "@/lib/newsroom/editing";
import { publishCorrection } from "@/lib/newsroom/corrections";
import { renderDocumentPreview } from "@/lib/newsroom/preview";
import { heartbeat } from "@/lib/newsroom/presence";
import { publishNow, scheduleArticle, unpublishArticle } from "@/lib/newsroom/publishing";
import { setFreeToRead } from "@/lib/newsroom/free-to-read";
import { addComment, mayEdit, mayOpen, recordOwner, returnToWriter, submitForReview } from "@/lib/newsroom/review";
import { enqueuePublish } from "@/lib/jobs/queue";
import { audit } from "@/lib/audit";

const id = z.string().min(1).max(64);
const short = z.string().max(200);
const refused = (message: string) => ({ ok: false as const, status: 403 as const, message });

// Writers may call the actions marked "writer"; each then checks the article
// itself (lib/newsroom/review.ts). Publishing, scheduling and unpublishing are
// for editors only, whatever the article.

export async function createArticleAction(): Promise<void> {
  const r = await asStaff("writer", async (v) => {
    const articleId = await createDraft(v.userId);
    await recordOwner(articleId, v.userId);
    await audit(v.userId, "article.create", articleId);
    return { ok: true as const, id: articleId };
  });
  if (!r.ok) forbidden();
  redirect(`/newsroom/articles/${r.id}`);
}

export async function saveArticleAction(input: unknown) {
  return asStaff("writer", async (v) => {
    const articleId = id.safeParse((input as { id?: unknown } | null)?.id);
    if (!articleId.success) return { ok: false as const, message: "The article could not be saved: invalid input." };
    const can = await mayEdit(v, articleId.data);
    if (!can.ok) return refused(can.message);
    return saveArticle(v.userId, input);
  });
}

export async function publishAction(articleId: unknown) {
  return asStaff("editor", (v) => publishNow(v.userId, id.parse(articleId)));
}

export async function scheduleAction(articleId: unknown, at: unknown) {
  return asStaff("editor", (v) => scheduleArticle(v.userId, id.parse(articleId), { at }, enqueuePublish));
}

/** A public correction note, with or without an edit of the text (decision 34): editors only, like publishing. */
export async function publishCorrectionAction(input: unknown) {
  return asStaff("editor", (v) => publishCorrection(v.userId, input));
}

export async function unpublishAction(articleId: unknown) {
  return asStaff("editor", (v) => unpublishArticle(v.userId, id.parse(articleId)));
}

export async function restoreRevisionAction(articleId: unknown, revisionId: unknown, version: unknown) {
  return asStaff("writer", async (v) => {
    const a = id.parse(articleId);
    const can = await mayEdit(v, a);
    if (!can.ok) return refused(can.message);
    return restoreRevision(v.userId, a, id.parse(revisionId), z.coerce.number().int().parse(version));
  });
}

export async function submitForReviewAction(articleId: unknown) {
  return asStaff("writer", async (v) => {
    const a = id.parse(articleId);
    const can = await mayEdit(v, a);
    if (!can.ok) return refused(can.message);
    return submitForReview(v, a);
  });
}

export async function returnToWriterAction(articleId: unknown, note: unknown) {
  return asStaff("editor", (v) => returnToWriter(v, id.parse(articleId), note));
}

export async function commentAction(articleId: unknown, body: unknown) {
  return asStaff("writer", async (v) => {
    const a = id.parse(articleId);
    if (!(await mayOpen(v, a))) return refused("You can comment only on drafts you can open.");
    return addComment(v, a, body);
  });
}

/** The editor's heartbeat: says "I have this open" and answers who else has. */
export async function presenceAction(articleId: unknown) {
  return asStaff("writer", async (v) => {
    const a = id.parse(articleId);
    if (!(await mayOpen(v, a))) return refused("You can open only your own drafts.");
    return { ok: true as const, others: await heartbeat(a, v.userId) };
  });
}

export async function previewDocumentAction(teaser: unknown, body: unknown) {
  return asStaff("writer", async () => ({ ok: true as const, ...(await renderDocumentPreview(String(teaser ?? ""), String(body ?? ""))) }));
}

export async function findReferencesAction(q: unknown) {
  return asStaff("writer", async () => ({
    ok: true as const,
    results: (await findArticlesForReference(short.parse(q))).map((a) => ({ publicId: a.publicId!, headline: a.headline })),
  }));
}

export async function findDocumentsAction(q: unknown) {
  return asStaff("writer", async () => ({ ok: true as const, results: await findDocumentsToAttach(short.parse(q)) }));
}

/** Free to read (decision 33): editors only; audited, and every cache is emptied (lib/newsroom/free-to-read.ts). */
export async function setFreeToReadAction(articleId: unknown, free: unknown) {
  return asStaff("editor", (v) => setFreeToRead(v.userId, { articleId, free }));
}

/** The same from the editor page's plain form (components/newsroom/FreeToReadForm.tsx), which works without JavaScript. */
export async function freeToReadFormAction(form: unknown): Promise<void> {
  const articleId = form instanceof FormData ? String(form.get("articleId") ?? "") : "";
  const free = form instanceof FormData && form.get("free") === "1";
  const r = await setFreeToReadAction(articleId, free);
  if ("status" in r) forbidden();
  redirect(`/newsroom/articles/${encodeURIComponent(articleId)}?${new URLSearchParams({ free: r.ok ? (free ? "on" : "off") : "error" })}`);
}
