// Full-text search over published articles and the document library, in
// PostgreSQL (docs/decisions/0007-search.md). The paywall rule lives here:
// a viewer with full access is matched against, and shown snippets from, the
// whole text ("search" columns); everyone else only the public parts
// ("search_public": headline + teaser, document metadata + summary), so a
// search can never reveal that a gated body contains a word.
import "server-only";
import { canReadLibrary, type Viewer } from "../access/index.ts";
import { allTopics, articlePath } from "../articles/queries.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { TtlCache, searchCacheKey, searchResults } from "./cache.ts";
import { hasFilters, type SearchRequest } from "./params.ts";
import { findHits, type SearchOutcome } from "./results.ts";
import { publishedWhere } from "../access/index.ts";

const log = logger("search");

type Topic = { slug: string; name: string };
export type { ArticleHit, DocumentHit, SearchHit, SearchOutcome } from "./results.ts";

/**
 * For a published article, `access()` in lib/access.ts is "full" exactly when
 * canReadLibrary() holds (staff, subscriber, running preview); the unit test
 * tests/unit/search-access.test.ts keeps the two in step.
 */
export function searchesFullText(viewer: Viewer, now = new Date()): boolean {
  return canReadLibrary(viewer, now);
}

/** The path of a published article with this public ID, for `/search?q=<id>`. */
export async function publishedArticlePath(publicId: string): Promise<string | null> {
  const a = await db().article.findFirst({
    where: { ...publishedWhere(), publicId },
    select: { publicId: true, slug: true },
  });
  return a ? articlePath({ publicId: a.publicId!, slug: a.slug }) : null;
}

// Facets change when an editor adds a topic or a document from a new issuer:
// a few minutes' delay is fine, and reading them cost a query per search.
const FACETS_TTL_MS = 5 * 60_000;
const facetsCache = new TtlCache<Promise<{ topics: Topic[]; issuers: string[] }>>(1, FACETS_TTL_MS);

export function searchFacets(): Promise<{ topics: Topic[]; issuers: string[] }> {
  return facetsCache.remember("facets", async () => {
    const [topics, issuers] = await Promise.all([
      allTopics(),
      db().$queryRaw<{ issuer: string }[]>`select distinct "issuer" from "SourceDocument" where "issuer" <> '' order by "issuer"`,
    ]);
    return { topics: topics.map(({ slug, name }) => ({ slug, name })), issuers: issuers.map((i) => i.issuer) };
  });
}

// Identical searches share one answer for a minute (a daily email sends many
// readers to the same query at once). Keyed by the request and the full-text
// flag only: the outcome is the same for every viewer with that flag, and a
// new or withdrawn story shows within the TTL (one process per instance).
const results = searchResults as TtlCache<Promise<SearchOutcome>>;

export async function searchSite(r: SearchRequest, viewer: Viewer, now = new Date()): Promise<SearchOutcome> {
  if (!r.q && !hasFilters(r)) return { status: "idle" };
  const full = searchesFullText(viewer, now);
  return results.remember(
    searchCacheKey(r, full),
    () => run(r, full),
    (o) => o.status !== "error",
  );
}

async function run(r: SearchRequest, full: boolean): Promise<SearchOutcome> {
  try {
    return await findHits(r, full);
  } catch (e) {
    log.error("search failed", { error: (e as Error).message });
    return { status: "error" };
  }
}
