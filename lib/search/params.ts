// The search page's URL parameters, validated once. Every field falls back to
// "not set" instead of failing: a hand-edited or truncated URL gives a search,
// never an error page. Pure (no I/O), shared by the page, the alert actions
// and the unit tests.
import { z } from "zod";
import { DocumentType } from "../generated/prisma/enums.ts";
import { normaliseCaseNumber, normaliseQuery } from "./query.ts";

export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;
export const KINDS = ["all", "articles", "documents"] as const;
export const SORTS = ["relevance", "date"] as const;
export const DOCUMENT_TYPE_KEYS = Object.keys(DocumentType) as [DocumentType, ...DocumentType[]];

export type Kind = (typeof KINDS)[number];
export type Sort = (typeof SORTS)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

// A real calendar date from year 0001: PostgreSQL has no year 0, and the fuzz test's
// from=0000-01-01 was a 500 from the search query.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s))
  // A real date a court or agency could have written (PostgreSQL has no year 0, and the fuzz test found it).
  .refine((s) => s >= "1900-01-01" && s <= "2999-12-31");

// Control characters (a NUL above all: PostgreSQL text cannot hold one) become spaces, as in the query.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const filterText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(CONTROL, " ").trim())
    .pipe(z.string().min(1).max(max));

const filterShape = {
  topic: opt(z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/)),
  kind: z.preprocess(first, z.enum(KINDS)).catch("all"),
  type: opt(z.enum(DOCUMENT_TYPE_KEYS)),
  issuer: opt(filterText(120)),
  case: opt(filterText(60)),
};

const searchSchema = z.object({
  ...filterShape,
  from: opt(isoDate),
  to: opt(isoDate),
  sort: z.preprocess(first, z.enum(SORTS)).catch("relevance"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE)).catch(1),
});

/** The filters an alert keeps (dates are for looking back, alerts look forward). */
export type AlertFilters = { topic?: string; kind: Kind; type?: DocumentType; issuer?: string; case?: string };

export type SearchRequest = AlertFilters & {
  q: string;
  /** The query was longer than MAX_QUERY_CHARS and was cut. */
  truncated: boolean;
  from?: string;
  to?: string;
  sort: Sort;
  page: number;
};

export function parseSearchRequest(raw: Record<string, unknown>): SearchRequest {
  const { text, truncated } = normaliseQuery(raw.q);
  const p = searchSchema.parse(raw);
  const [from, to] = p.from && p.to && p.from > p.to ? [p.to, p.from] : [p.from, p.to];
  return {
    q: text,
    truncated,
    topic: p.topic,
    kind: p.kind,
    type: p.type,
    issuer: p.issuer,
    case: p.case && normaliseCaseNumber(p.case),
    from,
    to,
    sort: p.sort,
    page: p.page,
  };
}

export function alertFiltersSchema() {
  return z.object(filterShape);
}

export function hasFilters(f: Partial<AlertFilters & { from: string; to: string }>): boolean {
  return Boolean(f.topic || f.type || f.issuer || f.case || f.from || f.to || (f.kind && f.kind !== "all"));
}

/** Anything to search for at all? */
export function hasCriteria(r: SearchRequest): boolean {
  return r.q.length > 0 || hasFilters(r);
}

/** URL of this search with some fields changed (pagination, sort links). */
export function searchHref(r: SearchRequest, change: Partial<SearchRequest> = {}): string {
  const m = { ...r, ...change };
  const pairs: [string, string | undefined][] = [
    ["q", m.q || undefined],
    ["topic", m.topic],
    ["from", m.from],
    ["to", m.to],
    ["kind", m.kind === "all" ? undefined : m.kind],
    ["type", m.type],
    ["issuer", m.issuer],
    ["case", m.case],
    ["sort", m.sort === "relevance" ? undefined : m.sort],
    ["page", m.page > 1 ? String(m.page) : undefined],
  ];
  const qs = new URLSearchParams(pairs.filter((p): p is [string, string] => Boolean(p[1])));
  const s = qs.toString();
  return s ? `/search?${s}` : "/search";
}
