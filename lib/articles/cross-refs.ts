// "(see 2006170064)" — how articles cite each other. Parsing is pure; the
// caller resolves which IDs exist and are published.

// "(see 2006170064)", "(see 2006170064, 2007010040)", "(see 2006170064 and 2007010040)"
const SEE = /\(see\s+(\d{10}(?:\s*(?:,|and|&amp;|&)\s*\d{10})*)\)/gi;
const ID = /\d{10}/g;

/** Every public ID cited with "(see N)" in the text, in order, without repeats. */
export function citedIds(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(SEE)) for (const id of m[1].match(ID) ?? []) out.add(id);
  return [...out];
}

export type RefTarget = { publicId: string; headline: string; path: string };

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Turn citations inside already-sanitised HTML into links. Known targets link
 * to the article with its headline as the title; unknown IDs stay plain text.
 */
export function linkCrossRefs(html: string, targets: Map<string, RefTarget>): string {
  return html.replace(SEE, (whole, list: string) => {
    const linked = list.replace(ID, (id) => {
      const t = targets.get(id);
      return t ? `<a href="${escapeAttr(t.path)}" title="${escapeAttr(t.headline)}" class="xref">${id}</a>` : id;
    });
    return whole.replace(list, linked);
  });
}
