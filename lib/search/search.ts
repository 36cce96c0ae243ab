// Full-text search over published articles and the document library, in
// PostgreSQL (docs/decisions/0007-search.md). The paywall rule lives here:
// a viewer with full access is matched against, and shown snippets from, the
// whole text ("search" columns); everyone else only the public parts
// ("search_public": headline + teaser, document metadata + summary), so a
// search can never reveal that a gated body contains a word.
import "server-only";
import { canReadLibrary, type Viewer } from "../access.ts";
import { accessPolicy, allTopics, articlePath } from "../articles/queries.ts";
import { markdownToText } from "../articles/markdown.ts";
import { db } from "../db.ts";
import { DOCUMENT_TYPES } from "../documents/queries.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { logger } from "../log.ts";
import { PAGE_SIZE, hasFilters, type SearchRequest } from "./params.ts";
import { caseNumberInQuery } from "./query.ts";
import { snippetParts, type SnippetPart } from "./snippet.ts";
import { articleFilters, documentFilters, MARKDOWN_MARKUP, RANK_WEIGHTS, HEADLINE_OPTIONS } from "./sql.ts";

const log = logger("search");

type Topic = { slug: string; name: string };
export type ArticleHit = { kind: "article"; key: string; publicId: string; href: string; title: string; date: string; topics: Topic[]; snippet: SnippetPart[] };
export type DocumentHit = {
  kind: "document";
  key: string;
  href: string;
  title: string;
  date: string;
  topics: Topic[];
  snippet: SnippetPart[];
  typeLabel: string;
  issuer: string;
  caseNumber: string | null;
};
export type SearchHit = ArticleHit | DocumentHit;

export type SearchOutcome =
  | { status: "idle" }
  | { status: "no-terms" }
  | { status: "error" }
  | { status: "ok"; items: SearchHit[]; total: number; articles: number; documents: number; page: number; pages: number; fullText: boolean };

/**
 * For a published article, `access()` in lib/access.ts is "full" exactly when
 * canReadLibrary() holds (staff, subscriber, running preview); the unit test
 * tests/unit/search-access.test.ts keeps the two in step.
 */
export function searchesFullText(viewer: Viewer, now = new Date()): boolean {
  return canReadLibrary(viewer, now, accessPolicy());
}

/** The path of a published article with this public ID, for `/search?q=<id>`. */
export async function publishedArticlePath(publicId: string): Promise<string | null> {
  const a = await db().article.findFirst({
    where: { publicId, status: "PUBLISHED", publishedAt: { lte: new Date() } },
    select: { publicId: true, slug: true },
  });
  return a ? articlePath({ publicId: a.publicId!, slug: a.slug }) : null;
}

export async function searchFacets() {
  const [topics, issuers] = await Promise.all([
    allTopics(),
    db().sourceDocument.findMany({ distinct: ["issuer"], select: { issuer: true }, where: { issuer: { not: "" } }, orderBy: { issuer: "asc" } }),
  ]);
  return { topics: topics.map(({ slug, name }) => ({ slug, name })), issuers: issuers.map((i) => i.issuer) };
}

type Row = { kind: "article" | "document"; id: string };

export async function searchSite(r: SearchRequest, viewer: Viewer, now = new Date()): Promise<SearchOutcome> {
  if (!r.q && !hasFilters(r)) return { status: "idle" };
  try {
    return await run(r, searchesFullText(viewer, now));
  } catch (e) {
    log.error("search failed", { error: (e as Error).message });
    return { status: "error" };
  }
}

async function run(r: SearchRequest, full: boolean): Promise<SearchOutcome> {
  const caseQ = r.q ? caseNumberInQuery(r.q) : null;
  let terms = false;
  if (r.q) {
    const [{ n }] = await db().$queryRaw<{ n: number }[]>`select numnode(websearch_to_tsquery('english', ${r.q}::text))::int as n`;
    terms = n > 0;
    // Only stop words and punctuation, and not a case number either: say so rather than list everything.
    if (!terms && !caseQ) return { status: "no-terms" };
  }
  const tsq = Prisma.sql`websearch_to_tsquery('english', ${r.q}::text)`;
  const aVec = full ? Prisma.sql`a."search"` : Prisma.sql`a."search_public"`;
  const dVec = full ? Prisma.sql`d."search"` : Prisma.sql`d."search_public"`;
  // Stories citing a document with this case number: looked up first, so that the
  // match below stays an OR of two index scans (GIN, primary key).
  const citing = caseQ ? await citingArticleIds(caseQ) : [];
  const zero = Prisma.sql`0`;

  const aMatch = [...(terms ? [Prisma.sql`${aVec} @@ ${tsq}`] : []), ...(citing.length ? [Prisma.sql`a."id" = any(${citing}::text[])`] : [])];
  const dMatch = [...(terms ? [Prisma.sql`${dVec} @@ ${tsq}`] : []), ...(caseQ ? [Prisma.sql`lower(d."caseNumber") = ${caseQ}::text`] : [])];
  // No query: the filters alone decide. A query: at least one way of matching must hold.
  const matching = (conds: Prisma.Sql[]) => (!r.q ? Prisma.empty : conds.length ? Prisma.sql` and (${Prisma.join(conds, " or ")})` : Prisma.sql` and false`);

  const articles = Prisma.sql`
    select 'article'::text as kind, a."id", a."publishedAt" as happened,
      ${terms ? Prisma.sql`ts_rank_cd(${RANK_WEIGHTS}, ${aVec}, ${tsq}, 1)` : zero}
      + ${citing.length ? Prisma.sql`case when a."id" = any(${citing}::text[]) then 1 else 0 end` : zero} as rank
    from "Article" a
    where a."status" = 'PUBLISHED' and a."publishedAt" <= (now() at time zone 'UTC') and a."publicId" is not null
      ${matching(aMatch)}${articleFilters(r)}`;
  const documents = Prisma.sql`
    select 'document'::text as kind, d."id", d."dateIssued"::timestamp as happened,
      ${terms ? Prisma.sql`ts_rank_cd(${RANK_WEIGHTS}, ${dVec}, ${tsq}, 1)` : zero}
      + ${caseQ ? Prisma.sql`case when lower(d."caseNumber") = ${caseQ}::text then 2 else 0 end` : zero} as rank
    from "SourceDocument" d
    where true${matching(dMatch)}${documentFilters(r)}`;
  const parts = [r.kind !== "documents" ? articles : null, r.kind !== "articles" ? documents : null].filter((p): p is Prisma.Sql => p !== null);
  const hits = Prisma.sql`with hits as (${Prisma.join(parts, " union all ")})`;
  const order = r.sort === "date" ? Prisma.sql`happened desc, rank desc, id` : Prisma.sql`rank desc, happened desc, id`;

  const [rows, counts] = await Promise.all([
    db().$queryRaw<Row[]>`${hits} select kind, id from hits order by ${order} limit ${PAGE_SIZE}::int offset ${(r.page - 1) * PAGE_SIZE}::int`,
    db().$queryRaw<{ kind: string; n: number }[]>`${hits} select kind, count(*)::int as n from hits group by kind`,
  ]);
  const count = (k: string) => counts.find((c) => c.kind === k)?.n ?? 0;
  const total = count("article") + count("document");
  const items = await describe(rows, terms ? r.q : null, full);
  return { status: "ok", items, total, articles: count("article"), documents: count("document"), page: r.page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), fullText: full };
}

async function citingArticleIds(caseQ: string): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    select distinct ad."articleId" as id from "ArticleDocument" ad join "SourceDocument" cd on cd."id" = ad."documentId"
    where lower(cd."caseNumber") = ${caseQ}::text`;
  return rows.map((x) => x.id);
}

/** Render-ready results for one page of hits, in the order found. */
async function describe(rows: Row[], q: string | null, full: boolean): Promise<SearchHit[]> {
  const articleIds = rows.filter((x) => x.kind === "article").map((x) => x.id);
  const documentIds = rows.filter((x) => x.kind === "document").map((x) => x.id);
  const [articles, documents, snippets] = await Promise.all([
    articleIds.length
      ? db().article.findMany({
          where: { id: { in: articleIds } },
          select: { id: true, publicId: true, slug: true, headline: true, teaser: true, publishedAt: true, topics: { select: { topic: { select: { slug: true, name: true } } } } },
        })
      : [],
    documentIds.length
      ? db().sourceDocument.findMany({
          where: { id: { in: documentIds } },
          select: {
            id: true,
            title: true,
            type: true,
            issuer: true,
            caseNumber: true,
            dateIssued: true,
            summary: true,
            articles: {
              where: { article: { status: "PUBLISHED", publicId: { not: null }, publishedAt: { lte: new Date() } } },
              select: { article: { select: { topics: { select: { topic: { select: { slug: true, name: true } } } } } } },
            },
          },
        })
      : [],
    q ? headlines(articleIds, documentIds, q, full) : new Map<string, string>(),
  ]);
  const byId = new Map<string, SearchHit>();
  for (const a of articles)
    byId.set(a.id, {
      kind: "article",
      key: `a-${a.publicId}`,
      publicId: a.publicId!,
      href: articlePath({ publicId: a.publicId!, slug: a.slug }),
      title: a.headline,
      date: a.publishedAt!.toISOString(),
      topics: a.topics.map((t) => t.topic),
      snippet: snippetParts(snippets.get(a.id) ?? markdownToText(a.teaser)),
    });
  for (const d of documents) {
    const topics = new Map(d.articles.flatMap((x) => x.article.topics.map((t) => [t.topic.slug, t.topic] as const)));
    byId.set(d.id, {
      kind: "document",
      key: `d-${d.id}`,
      href: `/documents/${d.id}`,
      title: d.title,
      date: `${d.dateIssued.toISOString().slice(0, 10)}T12:00:00Z`,
      topics: [...topics.values()],
      snippet: snippetParts(snippets.get(d.id) ?? d.summary),
      typeLabel: DOCUMENT_TYPES[d.type],
      issuer: d.issuer,
      caseNumber: d.caseNumber,
    });
  }
  return rows.map((x) => byId.get(x.id)).filter((h): h is SearchHit => h !== undefined);
}

/**
 * ts_headline snippets, computed in the database so that a gated body never
 * leaves it except as the snippet of a viewer entitled to read it. Without
 * full access the source text is the teaser (or the document summary) only.
 */
async function headlines(articleIds: string[], documentIds: string[], q: string, full: boolean): Promise<Map<string, string>> {
  const aText = full ? Prisma.sql`a."teaser" || E'\n\n' || a."body"` : Prisma.sql`a."teaser"`;
  const dText = full ? Prisma.sql`d."summary" || E'\n\n' || left(coalesce(d."extractedText", ''), 100000)` : Prisma.sql`d."summary"`;
  const rows = await db().$queryRaw<{ id: string; snippet: string }[]>`
    with input as (select websearch_to_tsquery('english', ${q}::text) as tsq)
    select a."id", ts_headline('english', regexp_replace(${aText}, ${MARKDOWN_MARKUP}::text, '', 'g'), i.tsq, ${HEADLINE_OPTIONS}::text) as snippet
      from "Article" a, input i where a."id" = any(${articleIds}::text[])
    union all
    select d."id", ts_headline('english', ${dText}, i.tsq, ${HEADLINE_OPTIONS}::text)
      from "SourceDocument" d, input i where d."id" = any(${documentIds}::text[])`;
  return new Map(rows.map((x) => [x.id, x.snippet]));
}
