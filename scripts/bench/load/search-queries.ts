// What readers type into /search: single words, quoted phrases, a case
// number, and filters (topic, kind, document type, issuer, date range, sort),
// alone and combined. No article IDs: those redirect to the article.
const Q = (params: Record<string, string>) => `/search?${new URLSearchParams(params).toString()}`;

export const SEARCH_PATHS: string[] = [
  Q({ q: "tariff" }),
  Q({ q: "classification" }),
  Q({ q: "dumping" }),
  Q({ q: "steel" }),
  Q({ q: "sanctions" }),
  Q({ q: "valuation" }),
  Q({ q: "plywood" }),
  Q({ q: "remand" }),
  Q({ q: '"forced labor"' }),
  Q({ q: '"Section 301"' }),
  Q({ q: '"Court of International Trade"' }),
  Q({ q: '"antidumping duty" review' }),
  Q({ q: "solar panels Vietnam" }),
  Q({ q: "first sale valuation" }),
  Q({ q: "N312345" }),
  Q({ q: "steel", topic: "ad-cvd" }),
  Q({ q: "classification", kind: "documents" }),
  Q({ q: "duty", type: "COURT_OPINION" }),
  Q({ q: "ruling", issuer: "U.S. Customs and Border Protection" }),
  Q({ q: "aluminum", sort: "date" }),
  Q({ q: "exclusions", from: "2012-01-01", to: "2016-12-31" }),
  Q({ topic: "cit" }),
  Q({ kind: "articles", topic: "sanctions", sort: "date" }),
  Q({ q: "evasion", kind: "articles", page: "2" }),
];
