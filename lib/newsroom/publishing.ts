// Publish now, schedule, unpublish, and the job that publishes what is due.
// The public ID is allocated when a story first goes live (lib/articles/publish.ts).
import { z } from "zod";
import { audit } from "../audit.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { publishArticle } from "../articles/publish.ts";
import { unresolvedReferences } from "../articles/reference-check.ts";
import { documentText } from "../articles/document.ts";
import { invalidate, type ChangedArticle } from "../cache/invalidate.ts";
import { enqueueAlertMatch } from "../jobs/queue.ts";

const log = logger("publishing");

export type PublishResult = { ok: true; message: string; publicId?: string } | { ok: false; message: string };

/** What must be true before a story can go live; the messages are for editors. */
export async function readinessProblems(articleId: string): Promise<string[]> {
  const a = await db().article.findUnique({
    where: { id: articleId },
    select: { headline: true, teaser: true, body: true, publicId: true, _count: { select: { topics: true, authors: true } } },
  });
  if (!a) return ["This article no longer exists."];
  const problems: string[] = [];
  if (a.headline.trim().length < 5) problems.push("Add a headline.");
  if (documentText(a.teaser).length < 20) problems.push("Add a teaser (the public lead paragraph).");
  if (documentText(a.body).length < 20) problems.push("Add the body (the subscribers' part).");
  if (a._count.topics === 0) problems.push("Choose at least one topic.");
  if (a._count.authors === 0) problems.push("Choose at least one author.");
  const broken = await unresolvedReferences([a.teaser, a.body], a.publicId);
  if (broken.length) problems.push(`Fix cross-references to articles that do not exist: ${broken.map((id) => `(see ${id})`).join(", ")}.`);
  return problems;
}

/** Publishing or scheduling ends review (decision 25): the queue forgets the story, the audit log keeps it. */
async function endReview(articleId: string) {
  await db().articleDesk.updateMany({ where: { articleId, review: { not: "DRAFTING" } }, data: { review: "DRAFTING" } });
}

export async function publishNow(actorId: string, articleId: string): Promise<PublishResult> {
  const problems = await readinessProblems(articleId);
  if (problems.length) return { ok: false, message: `Not published. ${problems.join(" ")}` };
  // The audit entry and the publish revision commit with the publication itself (a crash cannot split them).
  const { publicId } = await publishArticle(articleId, { record: { actorId, action: "article.publish" } });
  await endReview(articleId);
  const { slug } = await db().article.findUniqueOrThrow({ where: { id: articleId }, select: { slug: true } });
  await invalidate([{ publicId, slugs: [slug] }]);
  await enqueueAlertMatch({ articleId }).catch((e) => log.warn("alert matching not queued; the minute sweep will catch it", { error: (e as Error).message }));
  log.info("published", { publicId });
  return { ok: true, message: `Published as ${publicId}.`, publicId };
}

export const scheduleInput = z.object({
  // <input type="datetime-local"> gives wall-clock time; the newsroom works in New York time.
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Choose a date and time."),
});

/** Wall-clock time in America/New_York → the instant. */
export function newYorkToInstant(local: string): Date {
  const [d, t] = local.split("T");
  const [y, m, day] = d.split("-").map(Number);
  const [hh, mm, ss = 0] = t.split(":").map(Number);
  const guess = Date.UTC(y, m - 1, day, hh, mm, ss);
  const tzHour = (ms: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-US", {
        timeZone: "America/New_York",
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      })
        .formatToParts(new Date(ms))
        .map((p) => [p.type, p.value]),
    );
    return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - ms;
  };
  const offset = tzHour(guess);
  const first = guess - offset;
  return new Date(guess - tzHour(first));
}

export async function scheduleArticle(
  actorId: string,
  articleId: string,
  raw: unknown,
  enqueue: (articleId: string, at: Date) => Promise<void>,
): Promise<PublishResult> {
  const parsed = scheduleInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Choose a date and time." };
  const at = newYorkToInstant(parsed.data.at);
  if (at.getTime() < Date.now() - 60_000) return { ok: false, message: "That time has passed; publish now instead, or pick a later time." };
  const problems = await readinessProblems(articleId);
  if (problems.length) return { ok: false, message: `Not scheduled. ${problems.join(" ")}` };
  const a = await db().article.findUnique({ where: { id: articleId }, select: { status: true } });
  if (a?.status === "PUBLISHED") return { ok: false, message: "This story is already published." };
  await db().article.update({ where: { id: articleId }, data: { status: "SCHEDULED", scheduledAt: at } });
  await endReview(articleId);
  await enqueue(articleId, at);
  await audit(actorId, "article.schedule", articleId, { at: at.toISOString() });
  return {
    ok: true,
    message: `Scheduled for ${at.toLocaleString("en-US", { timeZone: "America/New_York", dateStyle: "medium", timeStyle: "short" })} New York time.`,
  };
}

export async function unpublishArticle(actorId: string, articleId: string): Promise<PublishResult> {
  const a = await db().article.findUnique({ where: { id: articleId }, select: { status: true, publicId: true, slug: true } });
  if (!a) return { ok: false, message: "This article no longer exists." };
  if (a.status === "DRAFT") return { ok: false, message: "This story is not published." };
  await db().article.update({ where: { id: articleId }, data: { status: "DRAFT", scheduledAt: null } });
  await audit(actorId, a.status === "SCHEDULED" ? "article.unschedule" : "article.unpublish", a.publicId ?? articleId, { articleId });
  await invalidate([{ publicId: a.publicId, slugs: [a.slug] }]);
  return {
    ok: true,
    message: a.status === "SCHEDULED" ? "Schedule cancelled; back to draft." : `Unpublished. ${a.publicId} keeps its ID if you publish it again.`,
  };
}

/** Publish every scheduled story whose time has come; safe to run from several workers. */
export async function publishDue(now = new Date()): Promise<string[]> {
  const due = await db().article.findMany({ where: { status: "SCHEDULED", scheduledAt: { lte: now } }, select: { id: true, scheduledAt: true, slug: true } });
  const published: string[] = [];
  const changed: ChangedArticle[] = [];
  for (const a of due) {
    const r = await publishArticle(a.id, {
      at: a.scheduledAt ?? now,
      record: { actorId: null, action: "article.publish.scheduled", detail: { scheduledAt: a.scheduledAt?.toISOString() } },
    });
    await enqueueAlertMatch({ articleId: a.id }).catch((e) =>
      log.warn("alert matching not queued; the minute sweep will catch it", { error: (e as Error).message }),
    );
    published.push(r.publicId);
    changed.push({ publicId: r.publicId, slugs: [a.slug] });
  }
  if (published.length) {
    log.info("scheduled stories published", { ids: published.join(",") });
    await invalidate(changed);
  }
  return published;
}
