// Which saved searches a newly published article or a new library document
// matches. One INSERT … SELECT per item over all active alerts; the unique
// indexes on (alert, item) make a repeated call a no-op, so an item is never
// recorded, and therefore never sent, twice for one alert.
//
// The paywall rule applies to the alert's owner: an owner without full
// access is matched against the public vector only (headline + teaser, or
// document metadata + summary), exactly as their own search would be.
// A hit that needed the full text is flagged, and re-checked before sending.
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { alertOwners } from "./owners.ts";
import { publishedSql } from "../access/index.ts";

const log = logger("alerts");

async function fullTextOwners(kindExcluded: "documents" | "articles"): Promise<string[]> {
  const rows = await db().$queryRaw<{ userId: string }[]>`
    select distinct "userId" from "SearchAlert" where "active" and coalesce("filters"->>'kind', 'all') <> ${kindExcluded}::text`;
  const owners = await alertOwners(rows.map((r) => r.userId));
  return [...owners.values()].filter((o) => o.fullText).map((o) => o.userId);
}

/** Record a hit for every active alert the (published) article matches; returns the alert IDs hit. */
export async function matchAlertsForArticle(articleId: string): Promise<string[]> {
  const full = await fullTextOwners("documents");
  const rows = await db().$queryRaw<{ alertId: string }[]>`
    insert into "SearchAlertHit" ("id", "alertId", "articleId", "viaFullText")
    select gen_random_uuid()::text, s."id", a."id", (s.tsq is not null and not (a."search_public" @@ s.tsq) and not m.cites_case)
    from "Article" a
    cross join lateral (
      select al."id", al."userId", al."query", al."filters",
        case when al."query" <> '' and numnode(websearch_to_tsquery('english', al."query")) > 0 then websearch_to_tsquery('english', al."query") end as tsq
      from "SearchAlert" al
      where al."active" and al."createdAt" <= a."publishedAt" and coalesce(al."filters"->>'kind', 'all') <> 'documents'
    ) s
    cross join lateral (
      select (s."filters"->>'caseQuery') is not null and exists (
        select 1 from "ArticleDocument" ad join "SourceDocument" cd on cd."id" = ad."documentId"
        where ad."articleId" = a."id" and lower(cd."caseNumber") = s."filters"->>'caseQuery') as cites_case
    ) m
    where a."id" = ${articleId}::text
      and ${publishedSql("a")}
      and (s."filters"->>'topic' is null or exists (
        select 1 from "ArticleTopic" atp join "Topic" t on t."id" = atp."topicId"
        where atp."articleId" = a."id" and t."slug" = s."filters"->>'topic'))
      and ((s."filters"->>'type' is null and s."filters"->>'issuer' is null and s."filters"->>'case' is null) or exists (
        select 1 from "ArticleDocument" fad join "SourceDocument" fd on fd."id" = fad."documentId"
        where fad."articleId" = a."id"
          and (s."filters"->>'type' is null or fd."type"::text = s."filters"->>'type')
          and (s."filters"->>'issuer' is null or lower(fd."issuer") = lower(s."filters"->>'issuer'))
          and (s."filters"->>'case' is null or lower(fd."caseNumber") = s."filters"->>'case')))
      and (s."query" = ''
        or (case when s."userId" = any(${full}::text[]) then a."search" else a."search_public" end) @@ s.tsq
        or m.cites_case)
    on conflict do nothing
    returning "alertId"`;
  if (rows.length) log.info("article matched alerts", { articleId, alerts: rows.length });
  return rows.map((r) => r.alertId);
}

/** Record a hit for every active alert the library document matches; returns the alert IDs hit. */
export async function matchAlertsForDocument(documentId: string): Promise<string[]> {
  const full = await fullTextOwners("articles");
  const rows = await db().$queryRaw<{ alertId: string }[]>`
    insert into "SearchAlertHit" ("id", "alertId", "documentId", "viaFullText")
    select gen_random_uuid()::text, s."id", d."id", (s.tsq is not null and not (d."search_public" @@ s.tsq) and not m.exact_case)
    from "SourceDocument" d
    cross join lateral (
      select al."id", al."userId", al."query", al."filters",
        case when al."query" <> '' and numnode(websearch_to_tsquery('english', al."query")) > 0 then websearch_to_tsquery('english', al."query") end as tsq
      from "SearchAlert" al
      where al."active" and al."createdAt" <= d."createdAt" and coalesce(al."filters"->>'kind', 'all') <> 'articles'
    ) s
    cross join lateral (select coalesce(lower(d."caseNumber") = s."filters"->>'caseQuery', false) as exact_case) m
    where d."id" = ${documentId}::text
      and (s."filters"->>'type' is null or d."type"::text = s."filters"->>'type')
      and (s."filters"->>'issuer' is null or lower(d."issuer") = lower(s."filters"->>'issuer'))
      and (s."filters"->>'case' is null or lower(d."caseNumber") = s."filters"->>'case')
      and (s."filters"->>'topic' is null or exists (
        select 1 from "ArticleDocument" tad join "Article" ta on ta."id" = tad."articleId"
          join "ArticleTopic" tat on tat."articleId" = ta."id" join "Topic" tt on tt."id" = tat."topicId"
        where tad."documentId" = d."id" and tt."slug" = s."filters"->>'topic'
          and ${publishedSql("ta")}))
      and (s."query" = ''
        or (case when s."userId" = any(${full}::text[]) then d."search" else d."search_public" end) @@ s.tsq
        or m.exact_case)
    on conflict do nothing
    returning "alertId"`;
  if (rows.length) log.info("document matched alerts", { documentId, alerts: rows.length });
  return rows.map((r) => r.alertId);
}

/**
 * The sweep: match everything that went live in the last `minutes`. Matching
 * is idempotent, so this catches a story or document whose match job was lost
 * (or published by a path that does not enqueue one) at the cost of one
 * statement per recent item.
 */
export async function matchRecentItems(minutes = 120): Promise<number> {
  const [articles, documents] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`
      select "id" from "Article"
      where ${publishedSql("Article")} and "publishedAt" > (now() at time zone 'UTC') - make_interval(mins => ${minutes}::int)`,
    db().$queryRaw<{ id: string }[]>`
      select "id" from "SourceDocument"
      where "extractionStatus" <> 'PENDING' and "createdAt" > (now() at time zone 'UTC') - make_interval(mins => ${minutes}::int)`,
  ]);
  let hits = 0;
  for (const a of articles) hits += (await matchAlertsForArticle(a.id)).length;
  for (const d of documents) hits += (await matchAlertsForDocument(d.id)).length;
  return hits;
}
