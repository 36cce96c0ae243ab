// The public corrections log (/corrections and its feed): every correction
// notice of a story readers can see, newest first. A story taken down takes
// its notices off the log with it (the published rule, lib/access/published.ts).
import "server-only";
import { db } from "../db.ts";
import { publishedWhere } from "../access/published.ts";
import { parsePageSegment } from "../paging.ts";
import { articlePath } from "./read.ts";

export const CORRECTIONS_PAGE_SIZE = 25;

export type LoggedCorrection = {
  id: string;
  publishedAt: string;
  note: string;
  article: { publicId: string; headline: string; path: string; publishedAt: string };
};

const where = () => ({ article: publishedWhere() });

async function rows(skip: number, take: number): Promise<LoggedCorrection[]> {
  const found = await db().articleCorrection.findMany({
    where: where(),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: { id: true, publishedAt: true, note: true, article: { select: { publicId: true, slug: true, headline: true, publishedAt: true } } },
  });
  return found.map((c) => ({
    id: c.id,
    publishedAt: c.publishedAt.toISOString(),
    note: c.note,
    article: {
      publicId: c.article.publicId!,
      headline: c.article.headline,
      path: articlePath({ publicId: c.article.publicId!, slug: c.article.slug }),
      publishedAt: c.article.publishedAt!.toISOString(),
    },
  }));
}

/** One page of the log, or null for a page that does not exist (a 404); page 1 exists even when the log is empty. */
export async function correctionsLog(pageSegment: string[] | undefined) {
  const page = parsePageSegment(pageSegment);
  if (!page) return null;
  const total = await db().articleCorrection.count({ where: where() });
  const pages = Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE));
  if (page > pages) return null;
  return { items: await rows((page - 1) * CORRECTIONS_PAGE_SIZE, CORRECTIONS_PAGE_SIZE), page, pages, total };
}

/** The newest notices, for the feed. */
export function latestCorrections(limit = 50): Promise<LoggedCorrection[]> {
  return rows(0, limit);
}
