// A reader's daily-email choices: on or off, and which topics (none chosen
// means everything).
import { db } from "../db.ts";
import { logger } from "../log.ts";

const log = logger("email-preferences");

export async function setDailyEmail(userId: string, on: boolean) {
  const r = await db().user.updateMany({ where: { id: userId }, data: { emailOptOut: !on } });
  log.info(on ? "daily email on" : "daily email off", { userId });
  return r.count > 0;
}

export async function dailyEmailOn(userId: string) {
  const u = await db().user.findUnique({ where: { id: userId }, select: { emailOptOut: true } });
  return u ? !u.emailOptOut : false;
}

/** The topic slugs a reader chose for the daily email; an empty list means everything. */
export async function emailTopics(userId: string): Promise<string[]> {
  const rows = await db().$queryRaw<{ slug: string }[]>`
    select t."slug" from "EmailTopic" e join "Topic" t on t."id" = e."topicId" where e."userId" = ${userId} order by t."slug"`;
  return rows.map((r) => r.slug);
}

/** Replace the reader's topics with these slugs (unknown ones ignored); none, or "everything", means everything. */
export async function setEmailTopics(userId: string, slugs: string[]): Promise<string[]> {
  const wanted = slugs.includes("everything") ? [] : [...new Set(slugs)].slice(0, 100);
  const topics = wanted.length ? await db().topic.findMany({ where: { slug: { in: wanted } }, select: { id: true, slug: true } }) : [];
  await db().$transaction([
    db().emailTopic.deleteMany({ where: { userId } }),
    db().emailTopic.createMany({ data: topics.map((t) => ({ userId, topicId: t.id })) }),
  ]);
  log.info("daily email topics set", { userId, topics: topics.length || "everything" });
  return topics.map((t) => t.slug).sort();
}

export async function allTopics() {
  return db().topic.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } });
}
