// Scratch tables in schema "bench" that the generator's INSERT ... SELECT
// statements draw from: the word bank, the planned days, lookup indexes of
// topics and authors, and two small SQL helpers. Dropped after generation.
import type pg from "pg";
import type { PlannedDay } from "./calendar.ts";
import { COMPANY_FIRST, COMPANY_SECOND, DOCUMENT_KINDS, HEADLINE_ACTIONS, HEADLINE_OBJECTS, HEADLINE_SUBJECTS, HEADLINE_TAILS, type WordBank } from "./word-bank.ts";

const HELPERS = `
  drop schema if exists bench cascade;
  create schema bench;
  -- A non-negative hash of an integer: the generator's source of variety, the same every run.
  create function bench.h(x bigint) returns bigint language sql immutable parallel safe
    as $$ select hashint8(x)::bigint & 2147483647 $$;
  -- lib/articles/slug.ts for ASCII headlines.
  create function bench.slugify(t text) returns text language sql immutable parallel safe as $$
    select case when length(s) <= 80 then coalesce(nullif(s, ''), 'article')
                else coalesce(nullif(regexp_replace(left(s, 80), '-[^-]*$', ''), ''), left(s, 80)) end
    from (select trim(both '-' from regexp_replace(regexp_replace(lower(t), '[''’]', '', 'g'), '[^a-z0-9]+', '-', 'g')) as s) x
  $$;`;

async function list(client: pg.Client, table: string, values: string[]) {
  await client.query(`create table bench.${table} (id int primary key, s text not null)`);
  await client.query(`insert into bench.${table} (id, s) select i, s from unnest($1::text[]) with ordinality as t(s, i)`, [values]);
}

export async function createBankTables(client: pg.Client, bank: WordBank, days: PlannedDay[]) {
  await client.query(HELPERS);
  await list(client, "teaser_s", bank.teaserSentences);
  await list(client, "body_s", bank.bodySentences);
  await list(client, "doc_p", bank.documentParagraphs);
  await list(client, "doc_sum", bank.documentSummaries);
  await list(client, "hl_subject", HEADLINE_SUBJECTS);
  await list(client, "hl_action", HEADLINE_ACTIONS);
  await list(client, "hl_object", HEADLINE_OBJECTS);
  await list(client, "hl_tail", HEADLINE_TAILS);
  await list(client, "company_first", COMPANY_FIRST);
  await list(client, "company_second", COMPANY_SECOND);
  // Kinds of document, repeated by weight (in tenths) so a hash modulo the slot count picks by weight.
  const slots = DOCUMENT_KINDS.flatMap((k) => Array.from({ length: Math.round(k.weight * 10) }, () => k));
  await client.query(`create table bench.doc_kind (slot int primary key, type text not null, issuer text not null)`);
  await client.query(`insert into bench.doc_kind select i, t, s from unnest($1::text[], $2::text[]) with ordinality as x(t, s, i)`, [slots.map((k) => k.type), slots.map((k) => k.issuer)]);
  await client.query(`create table bench.days (day date primary key, cnt int not null, first_g int not null)`);
  await client.query(`insert into bench.days select * from unnest($1::date[], $2::int[], $3::int[])`, [days.map((d) => d.day), days.map((d) => d.count), days.map((d) => d.firstIndex)]);
  await client.query(`create table bench.topic_ix as select row_number() over (order by slug)::int as i, id from "Topic"`);
  await client.query(`create table bench.author_ix as select row_number() over (order by slug)::int as i, id from "Author"`);
}
