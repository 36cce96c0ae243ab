// Who has a draft open: the editor sends a heartbeat every few seconds and
// is told who else sent one lately, so two people see each other before the
// optimistic lock refuses one of their saves (lib/newsroom/editing.ts).
import "server-only";
import { db } from "../db.ts";

export const PRESENCE_WINDOW_MS = 30_000;

/** Record this person on this article now; answer the others seen within the window. */
export async function heartbeat(articleId: string, userId: string, now = new Date()): Promise<string[]> {
  await db().articlePresence.upsert({
    where: { articleId_userId: { articleId, userId } },
    create: { articleId, userId, seenAt: now },
    update: { seenAt: now },
  });
  const others = await db().articlePresence.findMany({
    where: { articleId, userId: { not: userId }, seenAt: { gte: new Date(now.getTime() - PRESENCE_WINDOW_MS) } },
    select: { userId: true },
  });
  if (!others.length) return [];
  const people = await db().user.findMany({ where: { id: { in: others.map((o) => o.userId) } }, select: { email: true }, orderBy: { email: "asc" } });
  return people.map((p) => p.email);
}

/** Every draft open right now, and by whom (for the desk). */
export async function openDrafts(now = new Date()) {
  const rows = await db().articlePresence.findMany({
    where: { seenAt: { gte: new Date(now.getTime() - PRESENCE_WINDOW_MS) } },
    select: { articleId: true, userId: true },
  });
  if (!rows.length) return [];
  const [articles, people] = await Promise.all([
    db().article.findMany({ where: { id: { in: rows.map((r) => r.articleId) } }, select: { id: true, headline: true } }),
    db().user.findMany({ where: { id: { in: rows.map((r) => r.userId) } }, select: { id: true, email: true } }),
  ]);
  const email = new Map(people.map((p) => [p.id, p.email]));
  return articles.map((a) => ({
    id: a.id,
    headline: a.headline || "(untitled draft)",
    people: rows.filter((r) => r.articleId === a.id).map((r) => email.get(r.userId) ?? "someone"),
  }));
}
