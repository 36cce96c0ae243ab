// The source-document library: metadata rows with extracted text (8-16
// paragraphs of real-looking document prose, ~400-800 words), spread over
// the same years as the articles. No PDF files: fileKey and sha256 are
// synthetic and unique, which is all the pages and search read.
import type pg from "pg";

/** Documents g in [$1, $2] of $3, issued between $4 (oldest) and $5 (newest). */
export const DOCUMENTS_SQL = `
with d as (
  select g, k.type, k.issuer,
    ($4::date + ((g - 1) * ($5::date - $4::date) / greatest(1, $3::int - 1))::int) as issued,
    (select s from bench.company_first where id = 1 + bench.h(g * 83) % (select count(*) from bench.company_first)) || ' ' ||
    (select s from bench.company_second where id = 1 + bench.h(g * 89) % (select count(*) from bench.company_second)) as company,
    (select s from bench.hl_object where id = 1 + bench.h(g * 97) % (select count(*) from bench.hl_object)) as product
  from generate_series($1::int, $2::int) g
  join bench.doc_kind k on k.slot = 1 + bench.h(g * 101) % (select count(*) from bench.doc_kind)
),
named as (
  select d.*,
    case
      when issuer like '%International Trade' then to_char(issued, 'YY') || '-' || lpad((g % 99999)::text, 5, '0')
      when issuer like '%Federal Circuit' then to_char(issued, 'YYYY') || '-' || lpad((g % 9999)::text, 4, '0')
      when type = 'CBP_RULING' then (case when g % 4 = 0 then 'H' else 'N' end) || (100000 + g)::text
      when type = 'FEDERAL_REGISTER_NOTICE' then (extract(year from issued)::int - 1935)::text || ' FR ' || (1000 + bench.h(g * 103) % 80000)::text
      when issuer like '%Trade Commission' then 'Inv. No. 731-TA-' || (1000 + g % 700)::text
      when type = 'AGENCY_RULING' then 'A-' || (500 + bench.h(g) % 300)::text || '-' || lpad((g % 1000)::text, 3, '0')
      when type = 'PRESS_RELEASE' then 'sm' || g::text
      when type = 'LEGISLATION' then 'Public Law ' || (extract(year from issued)::int - 1789) / 2 || '-' || (1 + g % 300)::text
      else null
    end as case_number
  from d
),
titled as (
  select n.*,
    case
      when type = 'COURT_OPINION' then company || ' v. United States'
      when type = 'CBP_RULING' then case_number || ': The tariff classification of ' || lower(product)
      when type = 'FEDERAL_REGISTER_NOTICE' and issuer like 'Commerce%' then product || ': Final Results of Antidumping Duty Administrative Review'
      when type = 'FEDERAL_REGISTER_NOTICE' then 'Notice of Product Exclusion Extensions: ' || product
      when issuer like '%Trade Commission' then product || ': Final Injury Determination'
      when type = 'AGENCY_RULING' then 'Final Scope Ruling on ' || product
      when issuer like 'Treasury%' then 'Treasury Sanctions Network Supplying ' || product
      when type = 'PRESS_RELEASE' then 'Additions to the Entity List Over Diversion of ' || product
      when type = 'LEGISLATION' then 'Trade Enforcement Amendments of ' || extract(year from issued)::text
      else 'Advisory on Supply Chains for ' || product
    end as title
  from named n
),
texts as (
  select t.g, string_agg(p.s, E'\\n\\n' order by k) as body
  from titled t, generate_series(1, 8 + bench.h(t.g * 107) % 9) k, bench.doc_p p
  where p.id = 1 + bench.h(t.g * 1013 + k) % (select count(*) from bench.doc_p)
  group by t.g
)
insert into "SourceDocument" ("id", "title", "type", "issuer", "caseNumber", "dateIssued", "summary", "fileKey", "fileName",
  "sizeBytes", "sha256", "pageCount", "extractedText", "extractionStatus", "createdAt")
select 'bench-d-' || t.g, t.title, t.type::"DocumentType", t.issuer, t.case_number, t.issued,
  (select s from bench.doc_sum where id = 1 + bench.h(t.g * 109) % (select count(*) from bench.doc_sum)),
  'documents/bench/' || sha || '.pdf', 'bench-document-' || t.g || '.pdf', 40000 + bench.h(t.g * 113) % 2000000, sha,
  2 + bench.h(t.g * 127) % 60, x.body, 'DONE', t.issued
from titled t join texts x using (g), lateral (select encode(sha256(('bench-document-' || t.g)::bytea), 'hex') as sha) s`;

export async function insertDocuments(client: pg.Client, lo: number, hi: number, total: number, oldest: string, newest: string) {
  await client.query(DOCUMENTS_SQL, [lo, hi, total, oldest, newest]);
}
