// SQL fragments of the search page's filters. Every value is a bound
// parameter of a Prisma.sql tagged template; only fixed SQL text is composed.
// Document filters narrow stories to those citing a matching document, and the
// topic filter narrows documents to those cited by a published story of that
// topic: documents have no topics of their own.
import { Prisma } from "../generated/prisma/client.ts";
import type { SearchRequest } from "./params.ts";
import { publishedSql } from "../access/index.ts";

/** ts_rank_cd weights for {D, C, B, A}: headline/title A, teaser/metadata B, body/text C. */
export const RANK_WEIGHTS = Prisma.sql`'{0.1, 0.2, 0.4, 1.0}'::float4[]`;

export const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "';

/**
 * The text of a stored article document (sanitised HTML, decision 24) for
 * ts_headline: tags become spaces, then the entities the sanitiser writes are
 * decoded (&amp; last, so "&amp;lt;" stays "&lt;"). The snippet is rendered as
 * plain text (lib/search/snippet.ts), so a decoded "<" is only ever text.
 */
export function documentTextSql(html: Prisma.Sql): Prisma.Sql {
  const tagless = Prisma.sql`regexp_replace(${html}, '<[^>]*>', ' ', 'g')`;
  return Prisma.sql`replace(replace(replace(replace(replace(replace(${tagless}, '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', chr(39)), '&amp;', '&')`;
}

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.sql` and ${Prisma.join(parts, " and ")}` : Prisma.empty);

/** Start of a New York calendar day as the UTC wall-clock time Prisma stores. */
const nyDayStart = (day: string, plusDays = 0) =>
  Prisma.sql`(((${day}::date + ${plusDays}::int)::timestamp at time zone 'America/New_York') at time zone 'UTC')`;

// The topic's id looked up once (an init plan), rather than a join to "Topic" for every
// candidate row: with the row limit of a search the planner walks rows newest first and
// that join made a topic filter 3-7 times slower at 100,000 articles.
const topicId = (slug: string) => Prisma.sql`(select t."id" from "Topic" t where t."slug" = ${slug}::text)`;

function documentConditions(alias: string, r: Pick<SearchRequest, "type" | "issuer" | "case">): Prisma.Sql[] {
  const d = Prisma.raw(alias);
  const out: Prisma.Sql[] = [];
  if (r.type) out.push(Prisma.sql`${d}."type" = ${r.type}::"DocumentType"`);
  if (r.issuer) out.push(Prisma.sql`lower(${d}."issuer") = lower(${r.issuer}::text)`);
  if (r.case) out.push(Prisma.sql`lower(${d}."caseNumber") = ${r.case}::text`);
  return out;
}

export function articleFilters(r: SearchRequest): Prisma.Sql {
  const out: Prisma.Sql[] = [];
  if (r.topic) out.push(Prisma.sql`a."id" in (select atp."articleId" from "ArticleTopic" atp where atp."topicId" = ${topicId(r.topic)})`);
  if (r.from) out.push(Prisma.sql`a."publishedAt" >= ${nyDayStart(r.from)}`);
  if (r.to) out.push(Prisma.sql`a."publishedAt" < ${nyDayStart(r.to, 1)}`);
  const docs = documentConditions("fd", r);
  if (docs.length)
    out.push(
      Prisma.sql`a."id" in (select fad."articleId" from "ArticleDocument" fad join "SourceDocument" fd on fd."id" = fad."documentId" where true${and(docs)})`,
    );
  return and(out);
}

export function documentFilters(r: SearchRequest): Prisma.Sql {
  const out = documentConditions("d", r);
  if (r.from) out.push(Prisma.sql`d."dateIssued" >= ${r.from}::date`);
  if (r.to) out.push(Prisma.sql`d."dateIssued" <= ${r.to}::date`);
  if (r.topic)
    out.push(Prisma.sql`d."id" in (select tad."documentId" from "ArticleDocument" tad join "Article" ta on ta."id" = tad."articleId"
      join "ArticleTopic" tat on tat."articleId" = ta."id"
      where tat."topicId" = ${topicId(r.topic)}
        and ${publishedSql("ta")})`);
  return and(out);
}
