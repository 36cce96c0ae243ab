// The archive: articles with teaser (~60 words) and body (~400 words) drawn
// from the word bank, public IDs YYMMDDNNNN from the planned day and the
// sequence within it, publication times in New York business hours in the
// order of the sequence; topics, authors and cited documents linked.
// Everything is INSERT ... SELECT over bench.plan, one statement per chunk.
import type pg from "pg";

/** Article n of the archive, its day and its sequence that day. Built once from the planned days. */
export const PLAN_SQL = `
  create table bench.plan as
    select d.first_g + s.n - 1 as g, d.day, s.n, d.cnt
    from bench.days d, generate_series(1, d.cnt) s(n);
  alter table bench.plan add primary key (g);`;

/** Articles g in [$1, $2]. */
export const ARTICLES_SQL = `
with p as (select * from bench.plan where g between $1 and $2),
teaser_picks as (
  select p.g, k, 1 + bench.h(p.g * 7 + k) % (select count(*) from bench.teaser_s) as sid
  from p, generate_series(1, case when bench.h(p.g * 3) % 3 = 0 then 1 else 2 end) k
),
teasers as (
  select tp.g, '<p>' || string_agg(s.s, ' ' order by tp.k) || '</p>' as teaser
  from teaser_picks tp join bench.teaser_s s on s.id = tp.sid group by tp.g
),
shape as (select p.g, 16 + bench.h(p.g * 17) % 4 as sentences, 4 + bench.h(p.g * 13) % 3 as paragraphs from p),
body_picks as (
  select sh.g, k, (k - 1) * sh.paragraphs / sh.sentences as para,
         1 + bench.h(sh.g * 1009 + k) % (select count(*) from bench.body_s) as sid
  from shape sh, generate_series(1, sh.sentences) k
),
paras as (
  select bp.g, bp.para, string_agg(s.s, ' ' order by bp.k) as txt
  from body_picks bp join bench.body_s s on s.id = bp.sid group by bp.g, bp.para
),
-- Stored as the document format (decision 24): one <p> a paragraph.
bodies as (select g, string_agg('<p>' || txt || '</p>', E'\\n' order by para) as body from paras group by g),
heads as (
  select p.g,
    (select s from bench.hl_subject where id = 1 + bench.h(p.g * 31) % (select count(*) from bench.hl_subject)) || ' ' ||
    (select s from bench.hl_action where id = 1 + bench.h(p.g * 37) % (select count(*) from bench.hl_action)) || ' ' ||
    (select s from bench.hl_object where id = 1 + bench.h(p.g * 41) % (select count(*) from bench.hl_object)) ||
    (select s from bench.hl_tail where id = 1 + bench.h(p.g * 43) % (select count(*) from bench.hl_tail)) as headline
  from p
),
rows as (
  select p.g, p.day, p.n, h.headline, t.teaser, b.body,
    -- New York wall time 06:00 + an even share of 11.5 h per story + up to 14 min: increasing with the sequence.
    (((p.day + time '06:00' + make_interval(mins => ((p.n - 1) * 690 / p.cnt + bench.h(p.g * 47) % 15)::int))
      at time zone 'America/New_York') at time zone 'UTC') as published_at
  from p join heads h using (g) join teasers t using (g) join bodies b using (g)
)
insert into "Article" ("id", "publicId", "slug", "headline", "teaser", "body", "status", "publishedAt", "createdAt", "updatedAt")
select 'bench-a-' || g, to_char(day, 'YYMMDD') || lpad(n::text, 4, '0'), bench.slugify(headline), headline, teaser, body,
  'PUBLISHED', published_at, published_at, published_at
from rows`;

/** Links of articles g in [$1, $2]: 1-3 topics, 1-2 authors, and for two in five 1-2 source documents of about the same time. */
export const LINKS_SQL = `
with p as (select * from bench.plan where g between $1 and $2),
n as (select (select count(*) from bench.topic_ix) as topics, (select count(*) from bench.author_ix) as authors,
             (select count(*) from bench.plan) as articles, $3::bigint as documents),
t as (
  insert into "ArticleTopic" ("articleId", "topicId")
  select 'bench-a-' || p.g, ti.id
  from p, n, generate_series(1, 1 + bench.h(p.g * 53) % 3) k, bench.topic_ix ti
  where ti.i = 1 + (bench.h(p.g * 59) + k * 5) % n.topics
  on conflict do nothing returning 1
),
a as (
  insert into "ArticleAuthor" ("articleId", "authorId", "position")
  select 'bench-a-' || p.g, ai.id, k - 1
  from p, n, generate_series(1, case when bench.h(p.g * 61) % 4 = 0 then 2 else 1 end) k, bench.author_ix ai
  where ai.i = 1 + (bench.h(p.g * 67) + k * 7) % n.authors
  on conflict do nothing returning 1
)
insert into "ArticleDocument" ("articleId", "documentId")
select 'bench-a-' || p.g, 'bench-d-' || greatest(1, least(n.documents, p.g * n.documents / n.articles - bench.h(p.g * 71 + k) % 30))
from p, n, generate_series(1, 1 + bench.h(p.g * 73) % 2) k
where n.documents > 0 and bench.h(p.g * 79) % 5 < 2
on conflict do nothing`;

export async function insertArticles(client: pg.Client, lo: number, hi: number, documents: number) {
  await client.query(ARTICLES_SQL, [lo, hi]);
  await client.query(LINKS_SQL, [lo, hi, documents]);
}
