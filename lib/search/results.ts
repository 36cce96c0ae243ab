// One search, in SQL: which articles and documents match, counted up to a
// cap, ranked, one page of them, and everything that page shows — one
// statement (after the query's lexeme count and, for a case number, the
// citing stories). The paywall rule: `full` picks the columns matched and
// quoted; without it only the public ones ("search_public", teaser, summary).
import "server-only";
import { articlePath } from "../articles/queries.ts";
import { documentText } from "../articles/document.ts";
import { db } from "../db.ts";
import { DOCUMENT_TYPES } from "../documents/queries.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { DocumentType } from "../generated/prisma/enums.ts";
import { addCounts, cappedCount, COUNT_CAP, type ResultCount } from "./count.ts";
import { PAGE_SIZE, type SearchRequest } from "./params.ts";
import { caseNumberInQuery } from "./query.ts";
import { snippetParts, type SnippetPart } from "./snippet.ts";
import { articleFilters, documentFilters, HEADLINE_OPTIONS, documentTextSql, RANK_WEIGHTS } from "./sql.ts";
import { publishedSql } from "../access/index.ts";

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
  | { status: "ok"; items: SearchHit[]; total: ResultCount; articles: ResultCount; documents: ResultCount; page: number; pages: number; fullText: boolean };

type Row = {
  kind: "article" | "document" | "count";
  id: string;
  n: number;
  articlesFound: number;
  documentsFound: number;
  title: string | null;
  publicId: string | null;
  slug: string | null;
  date: string | null;
  lead: string | null;
  snippet: string | null;
  topics: Topic[] | null;
  type: DocumentType | null;
  issuer: string | null;
  caseNumber: string | null;
};

// At most this many matches of each kind are ranked: the exact case-number
// matches and citing stories first, then the most recent. Up to the cap the
// ranking is exact; past it, a common word ("tariff": 7,000 stories) is
// ranked among its newest 1,000, and the count says "1,000+".
const CANDIDATES = COUNT_CAP + 1;

export async function findHits(r: SearchRequest, full: boolean): Promise<SearchOutcome> {
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
  const aBonus = citing.length ? Prisma.sql`case when a."id" = any(${citing}::text[]) then 1 else 0 end` : zero;
  const dBonus = caseQ ? Prisma.sql`case when lower(d."caseNumber") = ${caseQ}::text then 2 else 0 end` : zero;
  const aRank = terms ? Prisma.sql`ts_rank_cd(${RANK_WEIGHTS}, c.vec, ${tsq}, 1)` : zero;
  const dRank = terms ? Prisma.sql`ts_rank_cd(${RANK_WEIGHTS}, c.vec, ${tsq}, 1)` : zero;

  // Candidates: the matches of one kind, exact matches first, then newest, at most
  // CANDIDATES; only these are ranked and counted.
  const articles = Prisma.sql`
    a_cand as (
      select a."id", a."publishedAt" as happened, ${aBonus} as bonus, ${terms ? aVec : Prisma.sql`null::tsvector`} as vec
      from "Article" a
      where ${publishedSql("a")}
        ${matching(aMatch)}${articleFilters(r)}
      order by 3 desc, a."publishedAt" desc, a."id"
      limit ${CANDIDATES}::int),
    a_hits as (select 'article'::text as kind, c."id", c.happened, c.bonus + ${aRank} as rank from a_cand c)`;
  const documents = Prisma.sql`
    d_cand as (
      select d."id", d."dateIssued"::timestamp as happened, ${dBonus} as bonus, ${terms ? dVec : Prisma.sql`null::tsvector`} as vec
      from "SourceDocument" d
      where true${matching(dMatch)}${documentFilters(r)}
      order by 3 desc, d."dateIssued" desc, d."id"
      limit ${CANDIDATES}::int),
    d_hits as (select 'document'::text as kind, c."id", c.happened, c.bonus + ${dRank} as rank from d_cand c)`;
  const withArticles = r.kind !== "documents";
  const withDocuments = r.kind !== "articles";
  const ctes = [withArticles ? articles : null, withDocuments ? documents : null].filter((p): p is Prisma.Sql => p !== null);
  const union = [withArticles ? Prisma.sql`select * from a_hits` : null, withDocuments ? Prisma.sql`select * from d_hits` : null].filter(
    (p): p is Prisma.Sql => p !== null,
  );
  const order = r.sort === "date" ? Prisma.sql`happened desc, rank desc, id` : Prisma.sql`rank desc, happened desc, id`;

  // The page's rows, then one more carrying the counts (so they arrive even for a page past the end).
  const countOf = (on: boolean, cte: string) => (on ? Prisma.sql`(select count(*) from ${Prisma.raw(cte)})::int` : Prisma.sql`0`);
  const rows = await db().$queryRaw<Row[]>`
    with ${Prisma.join(ctes, ",")},
    hits as (${Prisma.join(union, " union all ")}),
    page as (select kind, id, (row_number() over (order by ${order}))::int as n from hits order by ${order} limit ${PAGE_SIZE}::int offset ${(r.page - 1) * PAGE_SIZE}::int)
    select p.kind, p.id, p.n, ${countOf(withArticles, "a_cand")} as "articlesFound", ${countOf(withDocuments, "d_cand")} as "documentsFound",
      ${describeColumns(r.q && terms ? r.q : null, full)}
    from (select * from page union all select 'count', null, 0) p
      left join "Article" a on p.kind = 'article' and a."id" = p.id
      left join "SourceDocument" d on p.kind = 'document' and d."id" = p.id
    order by p.n = 0, p.n`;
  return outcome(rows, r, full);
}

/**
 * What each result shows. Snippets are ts_headline in the database, so a gated
 * body never leaves it except as the snippet of a viewer entitled to read it;
 * without full access the source text is the teaser (or the document summary).
 */
function describeColumns(q: string | null, full: boolean): Prisma.Sql {
  const tsq = Prisma.sql`websearch_to_tsquery('english', ${q}::text)`;
  const aText = full ? Prisma.sql`a."teaser" || E'\\n\\n' || a."body"` : Prisma.sql`a."teaser"`;
  const dText = full ? Prisma.sql`d."summary" || E'\\n\\n' || left(coalesce(d."extractedText", ''), 100000)` : Prisma.sql`d."summary"`;
  const snippet = q
    ? Prisma.sql`case when p.n = 0 then null
        when p.kind = 'article' then ts_headline('english', ${documentTextSql(aText)}, ${tsq}, ${HEADLINE_OPTIONS}::text)
        else ts_headline('english', ${dText}, ${tsq}, ${HEADLINE_OPTIONS}::text) end`
    : Prisma.sql`null::text`;
  const publishedStory = publishedSql("ta");
  return Prisma.sql`
    coalesce(a."headline", d."title") as title, a."publicId", a."slug",
    coalesce(to_char(a."publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), to_char(d."dateIssued", 'YYYY-MM-DD"T12:00:00Z"')) as date,
    case when p.kind = 'article' then a."teaser" else d."summary" end as lead,
    ${snippet} as snippet,
    case when p.n = 0 then null
      when p.kind = 'article' then (select json_agg(json_build_object('slug', t."slug", 'name', t."name") order by t."name")
        from "ArticleTopic" at join "Topic" t on t."id" = at."topicId" where at."articleId" = a."id")
      else (select json_agg(json_build_object('slug', x."slug", 'name', x."name") order by x."name") from (
        select distinct t."slug", t."name" from "ArticleDocument" ad join "Article" ta on ta."id" = ad."articleId"
          join "ArticleTopic" at on at."articleId" = ta."id" join "Topic" t on t."id" = at."topicId"
        where ad."documentId" = d."id" and ${publishedStory}) x)
    end as topics,
    d."type", d."issuer", d."caseNumber"`;
}

function outcome(rows: Row[], r: SearchRequest, full: boolean): SearchOutcome {
  const last = rows.at(-1);
  const articles = cappedCount(last?.articlesFound ?? 0);
  const documents = cappedCount(last?.documentsFound ?? 0);
  const total = addCounts(articles, documents);
  const items = rows.filter((x) => x.n > 0).map(hit);
  return { status: "ok", items, total, articles, documents, page: r.page, pages: Math.max(1, Math.ceil(total.n / PAGE_SIZE)), fullText: full };
}

function hit(x: Row): SearchHit {
  if (x.kind === "article")
    return {
      kind: "article",
      key: `a-${x.publicId}`,
      publicId: x.publicId!,
      href: articlePath({ publicId: x.publicId!, slug: x.slug! }),
      title: x.title!,
      date: x.date!,
      topics: x.topics ?? [],
      snippet: snippetParts(x.snippet ?? documentText(x.lead ?? "")),
    };
  return {
    kind: "document",
    key: `d-${x.id}`,
    href: `/documents/${x.id}`,
    title: x.title!,
    date: x.date!,
    topics: x.topics ?? [],
    snippet: snippetParts(x.snippet ?? x.lead),
    typeLabel: DOCUMENT_TYPES[x.type!],
    issuer: x.issuer!,
    caseNumber: x.caseNumber,
  };
}

async function citingArticleIds(caseQ: string): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    select distinct ad."articleId" as id from "ArticleDocument" ad join "SourceDocument" cd on cd."id" = ad."documentId"
    where lower(cd."caseNumber") = ${caseQ}::text`;
  return rows.map((x) => x.id);
}
