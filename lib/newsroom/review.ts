// Writers and review (docs/decisions/0025-writer-role-and-review.md). A
// writer opens and edits only their own drafts, and submits them; an editor
// sees the queue, comments, returns a draft or publishes it. Who may do what
// to which article is decided here, once, for pages and actions alike; every
// transition is written to the audit log in the same transaction.
import "server-only";
import { z } from "zod";
import { isStaff, type Viewer } from "../access/index.ts";
import { audit } from "../audit.ts";
import { db } from "../db.ts";
import { readinessProblems } from "./publishing.ts";

export type Member = Viewer & { userId: string };
export type ReviewState = "DRAFTING" | "IN_REVIEW" | "RETURNED";
export type ReviewResult = { ok: true; message: string } | { ok: false; message: string };

export async function deskOf(articleId: string): Promise<{ ownerId: string | null; review: ReviewState; submittedAt: Date | null }> {
  const d = await db().articleDesk.findUnique({ where: { articleId }, select: { ownerId: true, review: true, submittedAt: true } });
  return d ?? { ownerId: null, review: "DRAFTING", submittedAt: null };
}

/** May this member open the article in the newsroom? Staff: any. A writer: their own. */
export async function mayOpen(viewer: Member, articleId: string): Promise<boolean> {
  if (isStaff(viewer)) return true;
  if (viewer.role !== "WRITER") return false;
  return (await deskOf(articleId)).ownerId === viewer.userId;
}

/**
 * May this member change the article's text? Staff: any. A writer: their own
 * draft while it is theirs (not in review, never once scheduled or published).
 */
export async function mayEdit(viewer: Member, articleId: string): Promise<{ ok: true } | { ok: false; message: string }> {
  if (isStaff(viewer)) return { ok: true };
  const [desk, a] = await Promise.all([deskOf(articleId), db().article.findUnique({ where: { id: articleId }, select: { status: true } })]);
  if (viewer.role !== "WRITER" || !a || desk.ownerId !== viewer.userId) return { ok: false, message: "You can edit only your own drafts." };
  if (a.status !== "DRAFT") return { ok: false, message: "This story is with the editors now; ask an editor to change it." };
  if (desk.review === "IN_REVIEW") return { ok: false, message: "This draft is in review; an editor will return it or publish it." };
  return { ok: true };
}

export async function recordOwner(articleId: string, ownerId: string) {
  await db().articleDesk.upsert({ where: { articleId }, create: { articleId, ownerId }, update: {} });
}

export async function submitForReview(viewer: Member, articleId: string): Promise<ReviewResult> {
  const can = await mayEdit(viewer, articleId);
  if (!can.ok) return can;
  const problems = (await readinessProblems(articleId)).filter((p) => !p.startsWith("Fix cross-references"));
  if (problems.length) return { ok: false, message: `Not submitted. ${problems.join(" ")}` };
  const desk = await deskOf(articleId);
  if (desk.review === "IN_REVIEW") return { ok: false, message: "This draft is already in review." };
  await db().$transaction(async (tx) => {
    await tx.articleDesk.upsert({
      where: { articleId },
      create: { articleId, ownerId: viewer.userId, review: "IN_REVIEW", submittedAt: new Date() },
      update: { review: "IN_REVIEW", submittedAt: new Date() },
    });
    await audit(viewer.userId, "article.submit", articleId, {}, tx);
  });
  return { ok: true, message: "Submitted for review. An editor will publish it or return it with comments." };
}

export const commentInput = z.string().trim().min(1, "Write a comment first.").max(4000, "Comments are at most 4,000 characters.");

/** An editor sends a draft back to its writer, optionally with a comment saying why. */
export async function returnToWriter(viewer: Member, articleId: string, note: unknown): Promise<ReviewResult> {
  if (!isStaff(viewer)) return { ok: false, message: "Editors only." };
  const text = typeof note === "string" && note.trim() ? commentInput.safeParse(note) : null;
  if (text && !text.success) return { ok: false, message: text.error.issues[0]?.message ?? "That comment cannot be saved." };
  const desk = await deskOf(articleId);
  if (desk.review !== "IN_REVIEW") return { ok: false, message: "This draft is not in review." };
  await db().$transaction(async (tx) => {
    await tx.articleDesk.update({ where: { articleId }, data: { review: "RETURNED" } });
    if (text?.success) await tx.articleComment.create({ data: { articleId, authorId: viewer.userId, body: text.data } });
    await audit(viewer.userId, "article.return", articleId, { comment: Boolean(text?.success) }, tx);
  });
  return { ok: true, message: "Returned to the writer." };
}

export async function addComment(viewer: Member, articleId: string, body: unknown): Promise<ReviewResult> {
  if (!(await mayOpen(viewer, articleId))) return { ok: false, message: "You can comment only on drafts you can open." };
  const text = commentInput.safeParse(body);
  if (!text.success) return { ok: false, message: text.error.issues[0]?.message ?? "That comment cannot be saved." };
  await db().$transaction(async (tx) => {
    await tx.articleComment.create({ data: { articleId, authorId: viewer.userId, body: text.data } });
    await audit(viewer.userId, "article.comment", articleId, {}, tx);
  });
  return { ok: true, message: "Comment added." };
}

export async function commentsOn(articleId: string) {
  const rows = await db().articleComment.findMany({
    where: { articleId },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, body: true, createdAt: true, authorId: true },
  });
  const people = await db().user.findMany({ where: { id: { in: rows.map((r) => r.authorId) } }, select: { id: true, email: true } });
  const byId = new Map(people.map((p) => [p.id, p.email]));
  return rows.map((r) => ({ id: r.id, body: r.body, at: r.createdAt.toISOString(), by: byId.get(r.authorId) ?? "former staff" }));
}

/** The editors' queue: drafts in review, oldest submission first. */
export async function reviewQueue() {
  const desks = await db().articleDesk.findMany({
    where: { review: "IN_REVIEW" },
    orderBy: { submittedAt: "asc" },
    take: 100,
    select: { articleId: true, ownerId: true, submittedAt: true },
  });
  const [articles, owners] = await Promise.all([
    db().article.findMany({ where: { id: { in: desks.map((d) => d.articleId) } }, select: { id: true, headline: true } }),
    db().user.findMany({ where: { id: { in: desks.map((d) => d.ownerId).filter((x): x is string => !!x) } }, select: { id: true, email: true } }),
  ]);
  const headline = new Map(articles.map((a) => [a.id, a.headline]));
  const email = new Map(owners.map((o) => [o.id, o.email]));
  return desks
    .filter((d) => headline.has(d.articleId))
    .map((d) => ({
      id: d.articleId,
      headline: headline.get(d.articleId) || "(untitled draft)",
      writer: d.ownerId ? (email.get(d.ownerId) ?? "former staff") : "—",
      submittedAt: d.submittedAt?.toISOString() ?? null,
    }));
}

/** The ids of a writer's own articles (the newsroom list shows a writer only these). */
export async function ownArticleIds(userId: string): Promise<string[]> {
  return (await db().articleDesk.findMany({ where: { ownerId: userId }, select: { articleId: true } })).map((d) => d.articleId);
}
