// A topic's or an author's page of headlines: who it is, and one page of their stories.
import "server-only";
import { parsePageSegment } from "../paging.ts";
import { authorBySlug, latestArticles, topicBySlug } from "./queries.ts";

export type ListingKind = "topics" | "authors";

async function subject(kind: ListingKind, slug: string) {
  if (kind === "topics") {
    const t = await topicBySlug(slug);
    return t && { name: t.name, description: t.description };
  }
  const a = await authorBySlug(slug);
  return a && { name: a.name, description: a.bio };
}

/** The title and description for the page's metadata, or null for an unknown slug. */
export const listingSubject = subject;

/** The listing, or null when the slug or page does not exist (a 404). */
export async function listing(kind: ListingKind, slug: string, pageSegment: string[] | undefined) {
  const page = parsePageSegment(pageSegment);
  const who = page ? await subject(kind, slug) : null;
  if (!who || !page) return null;
  const result = await latestArticles({ [kind === "topics" ? "topic" : "author"]: slug, page });
  if (page > result.pages) return null;
  return { ...who, items: result.items, page, pages: result.pages, base: `/${kind}/${slug}` };
}
