// Reader-side article data access. Returns small, render-ready objects; the
// body is selected only when the viewer's access is already known to be full,
// and otherwise never leaves the database.
//
// Server code only, but without the `server-only` import: the zero-JS Pages
// Router reader pages call it from getStaticProps, and Next refuses that guard
// in a pages/ module graph. Everything else imports it through
// lib/articles/queries.ts, which carries the guard
// (docs/decisions/0013-zero-js-reader-pages.md).
import { access, canSee, type Viewer, ANONYMOUS } from "../access/index.ts";
import { db } from "../db.ts";
import { citedIds, type RefTarget } from "./cross-refs.ts";
import { documentText, renderDocument } from "./document.ts";
import { isPublicId } from "./public-id.ts";
import { publishedWhere } from "../access/published.ts";
import type { PublicCorrection } from "./citation.ts";

export const PAGE_SIZE = 20;

export function articlePath(a: { publicId: string; slug: string }) {
  return `/articles/${a.publicId}/${a.slug}`;
}

export const summarySelect = {
  publicId: true,
  slug: true,
  headline: true,
  teaser: true,
  publishedAt: true,
  correctedAt: true,
  topics: { select: { topic: { select: { slug: true, name: true } } } },
  authors: { select: { author: { select: { slug: true, name: true } } }, orderBy: { position: "asc" } },
} as const;

type SummaryRow = {
  publicId: string | null;
  slug: string;
  headline: string;
  teaser: string;
  publishedAt: Date | null;
  correctedAt: Date | null;
  topics: { topic: { slug: string; name: string } }[];
  authors: { author: { slug: string; name: string } }[];
};

export type ArticleSummary = {
  publicId: string;
  slug: string;
  path: string;
  headline: string;
  teaserText: string;
  publishedAt: string;
  topics: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
};

function toSummary(r: SummaryRow): ArticleSummary {
  return {
    publicId: r.publicId!,
    slug: r.slug,
    path: articlePath({ publicId: r.publicId!, slug: r.slug }),
    headline: r.headline,
    teaserText: documentText(r.teaser),
    publishedAt: r.publishedAt!.toISOString(),
    topics: r.topics.map((t) => t.topic),
    authors: r.authors.map((a) => a.author),
  };
}

const published = () => publishedWhere();

type ListOptions = { page?: number; pageSize?: number; topic?: string; author?: string; from?: Date; to?: Date };

/** Newest first, with the total for page numbers. */
export async function latestArticles(opts: ListOptions = {}) {
  const [items, total] = await Promise.all([latestHeadlines(opts), db().article.count({ where: listWhere(opts) })]);
  const pageSize = opts.pageSize ?? PAGE_SIZE;
  return { items, total, page: Math.max(1, opts.page ?? 1), pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Newest first, without counting the whole list: for the home page, feed and archive, which show no page numbers. */
export async function latestHeadlines(opts: ListOptions = {}): Promise<ArticleSummary[]> {
  const pageSize = opts.pageSize ?? PAGE_SIZE;
  const page = Math.max(1, opts.page ?? 1);
  const rows = await db().article.findMany({
    where: listWhere(opts),
    select: summarySelect,
    orderBy: [{ publishedAt: "desc" }, { publicId: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return rows.map(toSummary);
}

function listWhere(opts: ListOptions) {
  return {
    ...published(),
    ...(opts.topic ? { topics: { some: { topic: { slug: opts.topic } } } } : {}),
    ...(opts.author ? { authors: { some: { author: { slug: opts.author } } } } : {}),
    ...(opts.from || opts.to ? { publishedAt: { gte: opts.from, lt: opts.to, lte: new Date() } } : {}),
  };
}

export async function allTopics() {
  return db().topic.findMany({ select: { slug: true, name: true, description: true }, orderBy: { name: "asc" } });
}

export async function topicBySlug(slug: string) {
  return db().topic.findUnique({ where: { slug }, select: { slug: true, name: true, description: true } });
}

export async function authorBySlug(slug: string) {
  return db().author.findUnique({ where: { slug }, select: { slug: true, name: true, bio: true } });
}

/** Resolve cited IDs to published targets, for linking "(see N)". */
export async function crossRefTargets(ids: string[]): Promise<Map<string, RefTarget>> {
  if (!ids.length) return new Map();
  const rows = await db().article.findMany({ where: { ...published(), publicId: { in: ids } }, select: { publicId: true, slug: true, headline: true } });
  return new Map(rows.map((r) => [r.publicId!, { publicId: r.publicId!, headline: r.headline, path: articlePath({ publicId: r.publicId!, slug: r.slug }) }]));
}

/** The source documents an article cites, as its page lists them. */
export const documentsSelect = {
  select: { document: { select: { id: true, title: true, type: true, issuer: true, caseNumber: true, dateIssued: true } } },
} as const;

/** An article's cited documents, ready to render. */
export function citedDocuments(rows: { document: { id: string; title: string; type: string; issuer: string; caseNumber: string | null; dateIssued: Date } }[]) {
  return rows.map(({ document: d }) => ({ ...d, dateIssued: d.dateIssued.toISOString().slice(0, 10) }));
}

export type ArticleView = {
  publicId: string;
  slug: string;
  path: string;
  headline: string;
  teaserHtml: string;
  teaserText: string;
  /** null unless the viewer may read the whole article. */
  bodyHtml: string | null;
  access: "teaser" | "full";
  /** An editor marked it free to read (decision 33): the page says so, and its JSON-LD. */
  freeToRead: boolean;
  publishedAt: string;
  correctedAt: string | null;
  topics: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  documents: { id: string; title: string; type: string; issuer: string; caseNumber: string | null; dateIssued: string }[];
  /** Public correction notices, newest first (decision 34). */
  corrections: PublicCorrection[];
};

/** An article's public correction notices, newest first. */
export const correctionsSelect = { select: { publishedAt: true, note: true }, orderBy: { publishedAt: "desc" } } as const;

export function publicCorrections(rows: { publishedAt: Date; note: string }[]): PublicCorrection[] {
  return rows.map((c) => ({ publishedAt: c.publishedAt.toISOString(), note: c.note }));
}

/**
 * The article as `viewer` may see it, or null when it does not exist or is
 * not visible to them. Access is decided first (lib/access.ts); the body is
 * fetched only for full access.
 */
export async function articleForViewer(publicId: string, viewer: Viewer, now = new Date()): Promise<ArticleView | null> {
  if (!isPublicId(publicId)) return null;
  const row = await db().article.findUnique({
    where: { publicId },
    select: {
      ...summarySelect,
      status: true,
      freeToRead: true,
      documents: documentsSelect,
      corrections: correctionsSelect,
    },
  });
  if (!row || !canSee(row, viewer, now)) return null;
  const level = access(row, viewer, now);
  const body = level === "full" ? ((await db().article.findUnique({ where: { publicId }, select: { body: true } }))?.body ?? "") : null;
  const targets = await crossRefTargets(citedIds(`${documentText(row.teaser)}\n${documentText(body ?? "")}`));
  const summary = toSummary(row);
  return {
    ...summary,
    teaserHtml: renderDocument(row.teaser, targets),
    bodyHtml: body === null ? null : renderDocument(body, targets),
    access: level,
    freeToRead: row.freeToRead,
    correctedAt: row.correctedAt?.toISOString() ?? null,
    documents: citedDocuments(row.documents),
    corrections: publicCorrections(row.corrections),
  };
}

/**
 * Several articles as `viewer` may see them, in the order of `publicIds` (the
 * private feeds, decision 31): the same decision as articleForViewer, per
 * article, with the bodies of the full ones fetched in one query.
 */
export async function articlesForViewer(publicIds: string[], viewer: Viewer, now = new Date()): Promise<ArticleView[]> {
  const ids = publicIds.filter(isPublicId);
  if (!ids.length) return [];
  const rows = await db().article.findMany({
    where: { publicId: { in: ids } },
    select: { ...summarySelect, status: true, freeToRead: true, documents: documentsSelect, corrections: correctionsSelect },
  });
  const seen = rows.filter((r) => canSee(r, viewer, now)).map((r) => ({ row: r, level: access(r, viewer, now) }));
  const fullIds = seen.filter((s) => s.level === "full").map((s) => s.row.publicId!);
  const bodies = new Map(
    fullIds.length
      ? (await db().article.findMany({ where: { publicId: { in: fullIds } }, select: { publicId: true, body: true } })).map((b) => [b.publicId!, b.body])
      : [],
  );
  const targets = await crossRefTargets(
    citedIds(seen.map((s) => `${documentText(s.row.teaser)}\n${documentText(bodies.get(s.row.publicId!) ?? "")}`).join("\n")),
  );
  const views = new Map(
    seen.map(({ row, level }): [string, ArticleView] => {
      const body = level === "full" ? (bodies.get(row.publicId!) ?? "") : null;
      return [
        row.publicId!,
        {
          ...toSummary(row),
          teaserHtml: renderDocument(row.teaser, targets),
          bodyHtml: body === null ? null : renderDocument(body, targets),
          access: level,
          freeToRead: row.freeToRead,
          correctedAt: row.correctedAt?.toISOString() ?? null,
          documents: citedDocuments(row.documents),
          corrections: publicCorrections(row.corrections),
        },
      ];
    }),
  );
  return ids.flatMap((id) => views.get(id) ?? []);
}

/** The teaser page served from cache to every anonymous visitor. */
export function teaserView(publicId: string) {
  return articleForViewer(publicId, ANONYMOUS);
}

export async function publishedIdsForSitemap(limit = 50_000) {
  return db().article.findMany({
    where: published(),
    select: { publicId: true, slug: true, publishedAt: true, correctedAt: true },
    orderBy: { publishedAt: "desc" },
    take: limit,
  });
}
