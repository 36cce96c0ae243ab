// Article text is Markdown (docs/decisions/0004-markdown-editing.md). It is
// turned into HTML here and sanitised with an allowlist on every render, so
// nothing stored can inject script, event handlers, javascript: URLs or styles.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h2",
    "h3",
    "h4",
    "code",
    "pre",
    "hr",
    "sup",
    "sub",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "class"], td: ["align"], th: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowedClasses: { a: ["xref"] },
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      return { tagName, attribs: external ? { ...attribs, rel: "noopener noreferrer nofollow" } : attribs };
    },
  },
  disallowedTagsMode: "discard",
};
POLICY.allowedAttributes = { ...POLICY.allowedAttributes, a: ["href", "title", "class", "rel"] };

export function sanitize(html: string): string {
  return sanitizeHtml(html, POLICY);
}

export function markdownToHtml(markdown: string): string {
  return sanitize(marked.parse(markdown) as string);
}

/** Plain text of Markdown, for meta descriptions, feeds and emails. */
export function markdownToText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
