// Markdown was the stored article format until decision 24. It is kept only
// to migrate what was written in it (lib/articles/markdown-migration.ts) and
// to convert the demo content; nothing renders Markdown for a reader any more.
import { Marked } from "marked";
import { canonicalHtml } from "./document.ts";

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Markdown → the stored document format (sanitised HTML with the fixed allow-list). */
export function markdownToDocument(markdown: string): string {
  return canonicalHtml(marked.parse(markdown) as string);
}

/** Markdown → HTML as the site rendered it before decision 24 (for the migration's same-words check). */
export function legacyMarkdownHtml(markdown: string): string {
  return marked.parse(markdown) as string;
}
