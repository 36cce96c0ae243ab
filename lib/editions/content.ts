// What one edition contains: its articles in full, grouped by topic. Used by
// the PDF (full text, for entitled readers only) and, minus bodies, by the email.
import { db, type Db } from "../db.ts";
import { documentText } from "../articles/document.ts";
import { publishedWhere } from "../access/index.ts";

export type EditionArticle = {
  publicId: string;
  slug: string;
  headline: string;
  teaserText: string;
  teaser: string;
  body: string;
  topics: string[];
  /** The topics' slugs, for readers who chose topics for the email. */
  topicSlugs: string[];
  authors: string[];
  publishedAt: Date;
};

export type EditionContent = { id: string; day: string; groups: { topic: string; articles: EditionArticle[] }[]; count: number };

export async function editionContent(editionId: string, client: Db = db()): Promise<EditionContent | null> {
  const e = await client.edition.findUnique({
    where: { id: editionId },
    select: { id: true, day: true, items: { select: { articleId: true, position: true }, orderBy: { position: "asc" } } },
  });
  if (!e) return null;
  const rows = await client.article.findMany({
    where: { ...publishedWhere(), id: { in: e.items.map((i) => i.articleId) } },
    select: {
      id: true,
      publicId: true,
      slug: true,
      headline: true,
      teaser: true,
      body: true,
      publishedAt: true,
      topics: { select: { topic: { select: { name: true, slug: true } } } },
      authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
    },
  });
  const order = new Map(e.items.map((i) => [i.articleId, i.position]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const groups = new Map<string, EditionArticle[]>();
  for (const r of rows) {
    const topics = r.topics.map((t) => t.topic.name).sort();
    const key = topics[0] ?? "News";
    const list = groups.get(key) ?? [];
    list.push({
      publicId: r.publicId!,
      slug: r.slug,
      headline: r.headline,
      teaser: r.teaser,
      teaserText: documentText(r.teaser),
      body: r.body,
      topics,
      topicSlugs: r.topics.map((t) => t.topic.slug),
      authors: r.authors.map((a) => a.author.name),
      publishedAt: r.publishedAt!,
    });
    groups.set(key, list);
  }
  return {
    id: e.id,
    day: e.day,
    count: rows.length,
    groups: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([topic, articles]) => ({ topic, articles })),
  };
}

/** The edition as one reader chose it: only articles in their topics (none chosen: everything); null when nothing is left. */
export function forTopics(content: EditionContent, slugs: string[]): EditionContent | null {
  if (!slugs.length) return content.count ? content : null;
  const want = new Set(slugs);
  const groups = content.groups
    .map((g) => ({ topic: g.topic, articles: g.articles.filter((a) => a.topicSlugs.some((s) => want.has(s))) }))
    .filter((g) => g.articles.length);
  const count = groups.reduce((n, g) => n + g.articles.length, 0);
  return count ? { ...content, groups, count } : null;
}
