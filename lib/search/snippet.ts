// ts_headline returns the source text with <mark>…</mark> around matches, and
// the source text is whatever an editor typed (it may contain `<script>`).
// Instead of trusting or re-sanitising HTML, the snippet is split into plain
// text parts, each flagged as marked or not; React escapes the text when it
// renders, so the only element that can reach the page is <mark>.

export type SnippetPart = { text: string; mark: boolean };

const MARK_TAG = /<(\/?)mark>/gi;

export function snippetParts(raw: string | null | undefined, maxChars = 480): SnippetPart[] {
  if (!raw) return [];
  const parts: SnippetPart[] = [];
  let marked = false;
  let last = 0;
  let budget = maxChars;
  const push = (text: string, mark: boolean) => {
    const t = text.replace(/\s+/g, " ");
    if (!t || budget <= 0) return;
    const cut = t.length > budget ? `${t.slice(0, budget)}…` : t;
    budget -= t.length;
    const prev = parts.at(-1);
    if (prev && prev.mark === mark) prev.text += cut;
    else parts.push({ text: cut, mark });
  };
  for (const m of raw.matchAll(MARK_TAG)) {
    push(raw.slice(last, m.index), marked);
    // Unbalanced tags (a literal "<mark>" typed into an article) only toggle
    // highlighting; they never produce markup.
    marked = m[1] !== "/";
    last = m.index + m[0].length;
  }
  push(raw.slice(last), marked);
  if (parts.length) {
    parts[0].text = parts[0].text.trimStart();
    parts[parts.length - 1].text = parts[parts.length - 1].text.trimEnd();
  }
  // ts_headline marks each word of a phrase on its own; one highlight reads better.
  const joined: SnippetPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const prev = joined.at(-1);
    if (prev?.mark && !p.mark && /^\s+$/.test(p.text) && parts[i + 1]?.mark) {
      prev.text += p.text + parts[i + 1].text;
      i++;
    } else if (p.text) joined.push({ ...p });
  }
  return joined;
}

/** Plain text of a snippet (for tests and logs). */
export function snippetText(parts: SnippetPart[]): string {
  return parts.map((p) => p.text).join("");
}
