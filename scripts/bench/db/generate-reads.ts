// A year of reads for the licence reports (issue 19): every licence member
// reads up to 3 articles on about two business days in three, some more than
// once, and now and then downloads a document or the PDF edition. Generated as
// raw events, rolled up by day with the same SQL as lib/usage/rollup.ts, and
// then raw events older than 90 days are dropped, as the retention job does.
import type pg from "pg";

// Articles and documents are numbered once, and each read picks one by number
// through a join (a big array indexed per row would be copied for every row).
export const READS_SQL = `
create temporary table bench_arts as
  select row_number() over (order by "publicId")::int as n, "publicId" as item from "Article" where "status" = 'PUBLISHED' and "publicId" is not null;
create temporary table bench_docs as
  select row_number() over (order by "id")::int as n, "id" as item from "SourceDocument";
create index on bench_arts (n);
create index on bench_docs (n);
analyze bench_arts;
analyze bench_docs;
insert into "ReadEvent" ("day", "kind", "itemId", "readerKey", "userId", "organizationId", "via", "requests", "firstAt")
select g.day, g.kind::"ReadKind", coalesce(a.item, d.item, g.item), g."userId", g."userId", g."organizationId", 'app', g.requests, g.day
from (
  select m."userId", m."organizationId", d::date as day, 'ARTICLE' as kind, null::text as item,
    1 + abs(hashtext(m."userId" || d::text || k)) % (select count(*) from bench_arts) as pick,
    1 + abs(hashtext(k || m."userId" || d::text)) % 3 as requests
  from "OrganizationMember" m, generate_series(current_date - 365, current_date - 1, interval '1 day') d, generate_series(1, 3) k
  where m."suspendedAt" is null and extract(isodow from d) < 6 and abs(hashtext(m."userId" || d::text)) % 3 <> 0
  union all
  select m."userId", m."organizationId", d::date, 'DOCUMENT', null, 1 + abs(hashtext(m."userId" || d::text || 'doc')) % greatest(1, (select count(*) from bench_docs)), 1
  from "OrganizationMember" m, generate_series(current_date - 365, current_date - 1, interval '1 day') d
  where m."suspendedAt" is null and extract(isodow from d) < 6 and abs(hashtext(m."userId" || d::text || 'd')) % 10 = 0
  union all
  select m."userId", m."organizationId", d::date, 'EDITION', to_char(d, 'YYYY-MM-DD'), 0, 1
  from "OrganizationMember" m, generate_series(current_date - 365, current_date - 1, interval '1 day') d
  where m."suspendedAt" is null and extract(isodow from d) < 6 and abs(hashtext(m."userId" || d::text || 'e')) % 5 = 0
) g
left join bench_arts a on g.kind = 'ARTICLE' and a.n = g.pick
left join bench_docs d on g.kind = 'DOCUMENT' and d.n = g.pick
where coalesce(a.item, d.item, g.item) is not null
on conflict do nothing;
drop table bench_arts;
drop table bench_docs`;

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
