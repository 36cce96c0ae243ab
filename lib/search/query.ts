// What a reader typed, made safe to hand to websearch_to_tsquery and to
// recognise as a public ID or a case number. Pure: unit-tested in
// tests/unit/search-query.test.ts. websearch_to_tsquery itself never raises on
// odd syntax (unbalanced quotes, stray `-`, `or or`); what it cannot take is
// NUL bytes and invalid UTF-16, which are removed here.
import { isPublicId } from "../articles/public-id.ts";

export const MAX_QUERY_CHARS = 200;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters (NUL included) and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export type NormalisedQuery = { text: string; truncated: boolean };

/** One line of at most MAX_QUERY_CHARS characters (code points, so emoji are never cut in half). */
export function normaliseQuery(raw: unknown): NormalisedQuery {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string") return { text: "", truncated: false };
  const cleaned = value.replace(LONE_SURROGATE, "").normalize("NFKC").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_QUERY_CHARS) return { text: cleaned, truncated: false };
  return { text: chars.slice(0, MAX_QUERY_CHARS).join("").trim(), truncated: true };
}

/** A query that is exactly an article's public ID goes straight to the article. */
export function publicIdInQuery(q: string): string | null {
  return isPublicId(q) ? q : null;
}

const CASE_SHAPE = /^[a-z0-9][a-z0-9.\-/() ]*$/i;

/**
 * The query read as a case or docket number (`24-00025`, `A-570-139`,
 * `N312345`, `85 FR 41621`, `Public Law 116-145`), lower-cased with single
 * spaces, or null. Such a query also finds the documents whose case number is
 * exactly this and the stories citing them. Loose on purpose: a false positive
 * only costs one indexed equality lookup that finds nothing.
 */
export function caseNumberInQuery(q: string): string | null {
  const s = q.trim().replace(/\s+/g, " ");
  if (s.length < 2 || s.length > 60 || !/\d/.test(s) || isPublicId(s)) return null;
  if (!CASE_SHAPE.test(s) || s.split(" ").length > 4) return null;
  return s.toLowerCase();
}

/** The case-number filter: compared exactly, ignoring case and spacing. */
export function normaliseCaseNumber(raw: string): string {
  return raw.trim().replace(/\s+/g, " ").toLowerCase();
}
