// A year of reads for the licence reports (issue 19): every licence member
// reads up to 3 articles on about two business days in three, some more than
// once, and now and then downloads a document or the PDF edition. Generated as
// raw events, rolled up by day with the same SQL as lib/usage/rollup.ts, and
// then raw events older than 90 days are dropped, as the retention job does.
import type pg from "pg";

export const READS_SQL = `
with arts as (select array_agg("publicId" order by "publicId") a from "Article" where "status" = 'PUBLISHED' and "publicId" is not null),
docs as (select array_agg("id" order by "id") d from "SourceDocument")
insert into "ReadEvent" ("day", "kind", "itemId", "readerKey", "userId", "organizationId", "via", "requests", "firstAt")
select g.day, g.kind::"ReadKind", g.item, m."userId", m."userId", m."organizationId", 'app', g.requests, g.day
from "OrganizationMember" m, arts, docs,
lateral (
  select d::date as day, 'ARTICLE' as kind,
    arts.a[1 + (abs(hashtext(m."userId" || d::text || k)) % array_length(arts.a, 1))] as item,
    1 + abs(hashtext(k || m."userId" || d::text)) % 3 as requests
  from generate_series(current_date - 365, current_date - 1, interval '1 day') d, generate_series(1, 3) k
  where extract(isodow from d) < 6 and abs(hashtext(m."userId" || d::text)) % 3 <> 0
  union all
  select d::date, 'DOCUMENT', docs.d[1 + (abs(hashtext(m."userId" || d::text || 'doc')) % array_length(docs.d, 1))], 1
  from generate_series(current_date - 365, current_date - 1, interval '1 day') d
  where extract(isodow from d) < 6 and abs(hashtext(m."userId" || d::text || 'd')) % 10 = 0
  union all
  select d::date, 'EDITION', to_char(d, 'YYYY-MM-DD'), 1
  from generate_series(current_date - 365, current_date - 1, interval '1 day') d
  where extract(isodow from d) < 6 and abs(hashtext(m."userId" || d::text || 'e')) % 5 = 0
) g
where m."suspendedAt" is null and g.item is not null
on conflict do nothing`;

export const ROLLUP_SQL = [
  `insert into "UsageReaderDaily" ("day", "organizationId", "readerKey", "userId", "kind", "total", "unique")
   select "day", "organizationId", "readerKey", max("userId"), "kind", sum("requests")::int, count(*)::int
   from "ReadEvent" where "organizationId" is not null group by "day", "organizationId", "readerKey", "kind"`,
  `insert into "UsageArticleDaily" ("day", "organizationId", "articleId", "total", "unique")
   select e."day", e."organizationId", a."id", sum(e."requests")::int, count(*)::int
   from "ReadEvent" e join "Article" a on a."publicId" = e."itemId"
   where e."kind" = 'ARTICLE' and e."organizationId" is not null group by e."day", e."organizationId", a."id"`,
  `insert into "UsageTopicDaily" ("day", "organizationId", "topicId", "total", "unique")
   select e."day", e."organizationId", t."topicId", sum(e."requests")::int, count(*)::int
   from "ReadEvent" e join "Article" a on a."publicId" = e."itemId" join "ArticleTopic" t on t."articleId" = a."id"
   where e."kind" = 'ARTICLE' and e."organizationId" is not null group by e."day", e."organizationId", t."topicId"`,
  `insert into "UsageRollup" ("day") select distinct "day" from "ReadEvent" on conflict do nothing`,
  `delete from "ReadEvent" where "day" < current_date - 90`,
];

export async function insertReads(client: pg.Client) {
  await client.query(READS_SQL);
  for (const q of ROLLUP_SQL) await client.query(q);
}
