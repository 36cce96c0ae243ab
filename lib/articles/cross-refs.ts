// "(see 2006170064)" — how articles cite each other. Parsing is pure; the
// caller resolves which IDs exist and are published. Citations are found in
// a document's text nodes (lib/articles/document.ts), never in its markup.

// "(see 2006170064)", "(see 2006170064, 2007010040)", "(see 2006170064 and 2007010040)"
export const SEE_CITATION = /\(see\s+(\d{10}(?:\s*(?:,|and|&)\s*\d{10})*)\)/gi;
export const TEN_DIGITS = /\d{10}/g;

/** Every public ID cited with "(see N)" in plain text, in order, without repeats. */
export function citedIds(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(SEE_CITATION)) for (const id of m[1].match(TEN_DIGITS) ?? []) out.add(id);
  return [...out];
}

export type RefTarget = { publicId: string; headline: string; path: string };
