// The stored article format (docs/decisions/0024-rich-text-document-format.md):
// sanitised HTML with a fixed allow-list. Everything a reader gets — the page,
// the RSS teaser, the email, the PDF edition, search text — is produced from
// it here, by walking the parsed document, never by regexes over HTML.
//
// Two passes guard the allow-list: `canonicalHtml` on every save (and in the
// Markdown migration), and again on every render, so a row written by any
// other path still cannot carry script, handlers, styles or javascript: URLs.
import { parseDocument } from "htmlparser2";
import { Element, Text, isTag, isText, type ChildNode } from "domhandler";
import render from "dom-serializer";
import sanitizeHtml from "sanitize-html";
import { SEE_CITATION, TEN_DIGITS, type RefTarget } from "./cross-refs.ts";

const BLOCKS = ["p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td"];
const INLINE = ["br", "strong", "em", "u", "s", "a", "code", "sup", "sub"];

const STORED: sanitizeHtml.IOptions = {
  allowedTags: [...BLOCKS, ...INLINE],
  allowedAttributes: { a: ["href", "title"], ol: ["start"], th: ["colspan", "rowspan"], td: ["colspan", "rowspan"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // The content of these goes with them (a pasted <style> block is not text). SVG and MathML
  // are not here: their tags go, their words stay, and an unclosed <svg> cannot swallow the rest.
  nonTextTags: ["style", "script", "textarea", "option", "noscript", "title", "head", "xml", "template"],
  disallowedTagsMode: "discard",
  transformTags: {
    b: "strong",
    i: "em",
    strike: "s",
    del: "s",
    h1: "h2",
    h5: "h4",
    h6: "h4",
    // Word and Google Docs wrap everything in divs and spans: keep the text, drop the box.
    div: "p",
  },
};

/**
 * The stored form: what an editor typed or pasted, reduced to the allow-list.
 * Twice, because one pass can leave nesting that the parser reads differently
 * the next time (a <table> inside a <p>); the second pass is the fixed point.
 */
export function canonicalHtml(html: string): string {
  return reduce(reduce(html));
}

function reduce(html: string): string {
  const clean = sanitizeHtml(html.replace(/\r\n?/g, "\n"), STORED);
  // A paste's empty paragraphs and the editor's trailing one are not content.
  return clean
    .replace(/<p>(?:\s|&nbsp;|<br \/>)*<\/p>/g, "")
    .replace(/(<\/p>)\s+(?=<)/g, "$1\n")
    .trim();
}

function nodes(html: string): ChildNode[] {
  return parseDocument(canonicalHtml(html), { decodeEntities: true }).children;
}

const inside = (n: ChildNode, tag: string): boolean => {
  for (let p = n.parent; p; p = p.parent) if (isTag(p as ChildNode) && (p as Element).name === tag) return true;
  return false;
};

function walk(list: ChildNode[], fn: (n: ChildNode) => void) {
  for (const n of [...list]) {
    fn(n);
    if (isTag(n)) walk(n.children, fn);
  }
}

/** Split one text node's "(see N)" citations into links; unknown IDs stay text. */
function linkCitations(t: Text, targets: Map<string, RefTarget>) {
  const text = t.data;
  const parts: ChildNode[] = [];
  let last = 0;
  for (const m of text.matchAll(SEE_CITATION)) {
    const start = m.index;
    const list = m[1];
    const listStart = start + m[0].indexOf(list);
    let cursor = listStart;
    parts.push(new Text(text.slice(last, listStart)));
    for (const id of list.matchAll(TEN_DIGITS)) {
      const idStart = listStart + id.index;
      const target = targets.get(id[0]);
      if (!target) continue;
      parts.push(new Text(text.slice(cursor, idStart)));
      parts.push(new Element("a", { href: target.path, title: target.headline, class: "xref" }, [new Text(id[0])]));
      cursor = idStart + id[0].length;
    }
    parts.push(new Text(text.slice(cursor, start + m[0].length)));
    last = start + m[0].length;
  }
  if (!parts.length) return;
  parts.push(new Text(text.slice(last)));
  const parent = t.parent!;
  const at = parent.children.indexOf(t);
  const keep = parts.filter((p) => !isText(p) || p.data);
  for (const p of keep) p.parent = parent;
  parent.children.splice(at, 1, ...keep);
}

/**
 * The reader's HTML: cross-references linked in text nodes only (never inside
 * an existing link or an attribute), external links marked, and every table in
 * a box that scrolls sideways on its own on a narrow phone.
 */
export function renderDocument(html: string, targets: Map<string, RefTarget> = new Map()): string {
  const root = parseDocument(canonicalHtml(html), { decodeEntities: true });
  walk(root.children, (n) => {
    if (isText(n) && !inside(n, "a") && !inside(n, "code") && !inside(n, "pre")) linkCitations(n, targets);
    if (isTag(n) && n.name === "a" && n.attribs.class !== "xref" && /^https?:\/\//i.test(n.attribs.href ?? "")) n.attribs.rel = "noopener noreferrer nofollow";
    if (isTag(n) && n.name === "table" && !(n.parent && isTag(n.parent as ChildNode) && (n.parent as Element).attribs.class === "table-scroll")) {
      const box = new Element("div", { class: "table-scroll", role: "region", "aria-label": "Table", tabindex: "0" }, []);
      const parent = n.parent!;
      const at = parent.children.indexOf(n);
      parent.children.splice(at, 1, box);
      box.parent = parent;
      box.children = [n];
      n.parent = box;
    }
  });
  return render(root, { encodeEntities: "utf8" });
}

const BLOCK_SET = new Set([...BLOCKS, "br"]);

/** Plain text of a document: for meta descriptions, the RSS teaser, emails, search and citations. */
export function documentText(html: string): string {
  const out: string[] = [];
  walk(nodes(html), (n) => {
    if (isText(n)) out.push(n.data);
    else if (isTag(n) && BLOCK_SET.has(n.name)) out.push(" ");
  });
  return out.join("").replace(/\s+/g, " ").trim();
}

/** A document as readable plain text, one block a paragraph, table rows as "a | b" (the revision diff reads this). */
export function documentPlainText(html: string): string {
  return documentBlocks(html)
    .map((b) =>
      b.kind === "table"
        ? b.rows.map((r) => r.cells.join(" | ")).join("\n")
        : `${"  ".repeat(b.depth ?? 0)}${b.marker ? `${b.marker} ` : b.kind === "quote" ? "> " : ""}${b.runs.map((r) => r.text).join("")}`,
    )
    .join("\n\n");
}

/** The words of a document, in order (for the migration's same-words check). */
export function documentWords(html: string): string[] {
  return documentText(html).split(" ").filter(Boolean);
}

// The PDF edition's view of a document: blocks of styled runs, and tables as rows of cells.
export type Run = { text: string; bold?: boolean; italic?: boolean; href?: string };
export type TextBlock = { kind: "p" | "h" | "li" | "quote" | "pre"; runs: Run[]; depth?: number; marker?: string };
export type TableBlock = { kind: "table"; rows: { header: boolean; cells: string[] }[] };
export type Block = TextBlock | TableBlock;

function runsOf(list: ChildNode[], style: Omit<Run, "text"> = {}): Run[] {
  const out: Run[] = [];
  for (const n of list) {
    if (isText(n)) out.push({ ...style, text: n.data.replace(/\s+/g, " ") });
    else if (isTag(n)) {
      if (n.name === "br") out.push({ ...style, text: "\n" });
      else if (n.name === "ul" || n.name === "ol") continue;
      else
        out.push(
          ...runsOf(n.children, {
            ...style,
            ...(n.name === "strong" ? { bold: true } : {}),
            ...(n.name === "em" ? { italic: true } : {}),
            ...(n.name === "a" && n.attribs.href ? { href: n.attribs.href } : {}),
          }),
        );
    }
  }
  return out;
}

const trimRuns = (runs: Run[]) => {
  const r = runs.filter((x) => x.text);
  if (r.length) {
    r[0] = { ...r[0], text: r[0].text.trimStart() };
    r[r.length - 1] = { ...r[r.length - 1], text: r[r.length - 1].text.trimEnd() };
  }
  return r.filter((x) => x.text);
};

export function documentBlocks(html: string): Block[] {
  const out: Block[] = [];
  const visit = (list: ChildNode[], ctx: { depth: number; quote: boolean }) => {
    let loose: ChildNode[] = [];
    const flush = () => {
      const runs = trimRuns(runsOf(loose));
      if (runs.length) out.push({ kind: ctx.quote ? "quote" : "p", runs, depth: ctx.depth });
      loose = [];
    };
    for (const n of list) {
      if (!isTag(n) || !BLOCK_SET.has(n.name) || n.name === "br") {
        loose.push(n);
        continue;
      }
      flush();
      if (n.name === "p") {
        const runs = trimRuns(runsOf(n.children));
        if (runs.length) out.push({ kind: ctx.quote ? "quote" : "p", runs, depth: ctx.depth });
      } else if (n.name === "h2" || n.name === "h3" || n.name === "h4") out.push({ kind: "h", runs: trimRuns(runsOf(n.children)), depth: ctx.depth });
      else if (n.name === "pre") out.push({ kind: "pre", runs: [{ text: textOf(n) }], depth: ctx.depth });
      else if (n.name === "blockquote") visit(n.children, { ...ctx, quote: true });
      else if (n.name === "ul" || n.name === "ol") {
        let i = Number(n.attribs.start) || 1;
        for (const li of n.children) {
          if (!isTag(li) || li.name !== "li") continue;
          const marker = n.name === "ol" ? `${i++}.` : "•";
          const inline = li.children.filter((c) => !(isTag(c) && BLOCK_SET.has(c.name) && c.name !== "p"));
          const paras = inline.flatMap((c) => (isTag(c) && c.name === "p" ? c.children : [c]));
          out.push({ kind: "li", runs: trimRuns(runsOf(paras)), depth: ctx.depth, marker });
          visit(
            li.children.filter((c) => isTag(c) && BLOCK_SET.has(c.name) && c.name !== "p"),
            { ...ctx, depth: ctx.depth + 1 },
          );
        }
      } else if (n.name === "table") {
        const rows: TableBlock["rows"] = [];
        walk(n.children, (r) => {
          if (!isTag(r) || r.name !== "tr") return;
          const cells = r.children.filter((c): c is Element => isTag(c) && (c.name === "td" || c.name === "th"));
          rows.push({ header: cells.length > 0 && cells.every((c) => c.name === "th"), cells: cells.map((c) => documentTextOf(c.children)) });
        });
        if (rows.length) out.push({ kind: "table", rows });
      } else if (n.name === "hr") continue;
      else visit(n.children, ctx);
    }
    flush();
  };
  visit(nodes(html), { depth: 0, quote: false });
  return out;
}

function textOf(n: ChildNode): string {
  const out: string[] = [];
  walk([n], (x) => {
    if (isText(x)) out.push(x.data);
  });
  return out.join("");
}

function documentTextOf(list: ChildNode[]): string {
  const out: string[] = [];
  walk(list, (n) => {
    if (isText(n)) out.push(n.data);
    else if (isTag(n) && BLOCK_SET.has(n.name)) out.push(" ");
  });
  return out.join("").replace(/\s+/g, " ").trim();
}
