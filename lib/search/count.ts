// How many results a search found, counted up to a cap: past it the exact
// number costs a scan of every match and tells a reader nothing ("1,000+"
// says it all: narrow the search). Pure, shared by the search and the page.

export const COUNT_CAP = 1000;

/** `n` results, or at least `n` when `more`. */
export type ResultCount = { n: number; more: boolean };

/** A count read with `limit COUNT_CAP + 1`: one more than the cap means "more". */
export function cappedCount(found: number): ResultCount {
  return found > COUNT_CAP ? { n: COUNT_CAP, more: true } : { n: found, more: false };
}

export function addCounts(a: ResultCount, b: ResultCount): ResultCount {
  return { n: a.n + b.n, more: a.more || b.more };
}

const number = (c: ResultCount) => `${c.n.toLocaleString("en-US")}${c.more ? "+" : ""}`;
const counted = (c: ResultCount, word: string) => `${number(c)} ${word}${c.n === 1 && !c.more ? "" : "s"}`;

/** "No results.", "3 results: 1 article, 2 documents." or "1,000+ results: 1,000+ articles, 12 documents." */
export function resultCountText(c: { total: ResultCount; articles: ResultCount; documents: ResultCount }): string {
  if (c.total.n === 0) return "No results.";
  return `${counted(c.total, "result")}: ${counted(c.articles, "article")}, ${counted(c.documents, "document")}.`;
}
