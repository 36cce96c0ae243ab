// The desk at a glance (newsroom home): today's published stories, the
// schedule, the review queue, the day's edition, failed background jobs and
// who has which draft open. Small enough to poll every few seconds.
import "server-only";
import { publishedWhere } from "../access/index.ts";
import { db } from "../db.ts";
import { newYorkDay } from "../editions/calendar.ts";
import { deliveryStatus } from "../editions/send.ts";
import { logger } from "../log.ts";
import { newYorkToInstant } from "./publishing.ts";
import { openDrafts } from "./presence.ts";
import { reviewQueue } from "./review.ts";

const log = logger("desk");

export type Desk = {
  day: string;
  published: { id: string; publicId: string | null; headline: string; at: string }[];
  scheduled: { id: string; headline: string; at: string }[];
  inReview: { id: string; headline: string; writer: string; submittedAt: string | null }[];
  edition: { day: string; status: string; stories: number; built: boolean; sending: number; sent: number; failed: number; pending: number } | null;
  failedJobs: { name: string; count: number; lastAt: string }[] | null;
  open: { id: string; headline: string; people: string[] }[];
  at: string;
};

/** pg-boss jobs that failed in the last day, by queue; null when the job tables are not there (no worker has run). */
async function failedJobs(since: Date): Promise<Desk["failedJobs"]> {
  try {
    const rows = await db().$queryRaw<{ name: string; count: bigint; last: Date }[]>`
      select name, count(*) as count, max(completed_on) as last from pgboss.job
      where state = 'failed' and completed_on >= ${since} group by name order by name`;
    return rows.map((r) => ({ name: r.name, count: Number(r.count), lastAt: r.last.toISOString() }));
  } catch (e) {
    log.warn("failed jobs not readable", { error: (e as Error).message.slice(0, 200) });
    return null;
  }
}

export async function deskAtAGlance(now = new Date()): Promise<Desk> {
  const day = newYorkDay(now);
  const dayStart = newYorkToInstant(`${day}T00:00`);
  const [published, scheduled, inReview, edition, jobs, open] = await Promise.all([
    db().article.findMany({
      where: { AND: [publishedWhere(now), { publishedAt: { gte: dayStart } }] },
      orderBy: { publishedAt: "desc" },
      take: 50,
      select: { id: true, publicId: true, headline: true, publishedAt: true },
    }),
    db().article.findMany({
      where: { status: "SCHEDULED" },
      orderBy: { scheduledAt: "asc" },
      take: 50,
      select: { id: true, headline: true, scheduledAt: true },
    }),
    reviewQueue(),
    db().edition.findFirst({
      where: { day: { lte: day } },
      orderBy: { day: "desc" },
      select: { id: true, day: true, status: true, _count: { select: { items: true } } },
    }),
    failedJobs(new Date(now.getTime() - 86_400_000)),
    openDrafts(now),
  ]);
  const counts = edition ? await deliveryStatus(edition.id) : {};
  return {
    day,
    published: published.map((a) => ({ id: a.id, publicId: a.publicId, headline: a.headline, at: a.publishedAt!.toISOString() })),
    scheduled: scheduled.map((a) => ({ id: a.id, headline: a.headline || "(untitled)", at: a.scheduledAt?.toISOString() ?? "" })),
    inReview,
    edition: edition
      ? {
          day: edition.day,
          status: edition.status,
          stories: edition._count.items,
          built: edition.status !== "BUILDING",
          pending: (counts.PENDING ?? 0) + (counts.RETRY ?? 0),
          sending: counts.SENDING ?? 0,
          sent: counts.SENT ?? 0,
          failed: counts.FAILED ?? 0,
        }
      : null,
    failedJobs: jobs,
    open,
    at: now.toISOString(),
  };
}
