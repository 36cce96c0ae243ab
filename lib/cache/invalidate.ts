// Every cache that can hold what readers see, and how each is emptied: the
// one module that publishing, corrections, unpublishing (takedowns), marking a
// story free to read or not (decision 33) and the job worker call, the same way
// (invalidate()).
//
// cache                         holds                              for            emptied by
// ----------------------------  ---------------------------------  -------------  ------------------------------------------
// App Router cached pages       topics, authors, archive, latest,  until stale    revalidatePath(PUBLIC_PATHS) in the app
//   (Next's ISR, in PostgreSQL                                                    (tags in NextCacheTag: every instance)
//   for every instance)
// Pages Router pages            home page, anonymous article page  300 s (ISR)    res.revalidate() per path, through
//   (Next's ISR, in PostgreSQL  (teaser)                                          pages/api/internal/revalidate-pages on
//   for every instance)                                                           this instance; the new page is shared
// search results (in memory,    whole search answers (public and   60 s           broadcast("publication"): every instance
//   per instance)               full-text flavours)                               empties its own (lib/cache/broadcast.ts)
// search facets (in memory)     topics and document issuers        5 min          searchFacets cache; not emptied here
//                                                                                 (a new topic or issuer may wait 5 min)
// the front: anonymous pages    the HTML every anonymous reader    the app's      purgeFront(): POST FRONT_URL/_tld/purge,
//   (nginx, on disk)            gets (article teasers, home, ...)  Cache-Control  which deletes the cache files of those paths
// the front: shared full pages  article pages for pass holders     60 s           purgeFront() (same call: both copies)
// the front: corrections feed   /corrections/feed.xml (RSS)        300 s          purgeFront(): every change names it (the
//                                                                  (s-maxage)     /corrections page renders per request)
// the front: search answers     anonymous search result pages      60 s           not purged: they hold only public text and
//                                                                                 expire within a minute
// access passes (cookies)       "this reader may read in full"     120 s          cannot be: a revoked reader may be served
//                                                                                 the shared full page for up to 120 s
// office ranges (in memory,     every range, its licence's name    30 s           officeRangesChanged(): broadcast to every
//   per instance)               and subscriptions                                 instance (lib/ranges/store.ts calls it)
// the front: office answers     "is this address in a range?"      30 s           not purged: an address still answered "in"
//                                                                                 only bypasses the cache; the app decides
// usage reports (in memory,     a licence's report per month; the  60 s           not emptied: figures are "as of a minute
//   per process)                publisher's licence list                          ago"; a finished roll-up changes the key
//                                                                                 (lib/usage/cache.ts)
// share-link pages              nothing: never cached (decision    -              nothing to empty: Cache-Control private,
//   (/s/<id>/<token>)           32)                                               no-store, and the front's /s/ location
//                                                                                 neither reads nor fills its cache
//
// Inside the app's process (server actions, route handlers) everything is
// emptied directly; what other instances hold in memory is emptied by the
// broadcast (PostgreSQL NOTIFY, lib/cache/broadcast.ts); what they hold in
// PostgreSQL is the same copy (decision 35). The job worker is another process: it asks the app over
// HTTP (POST /api/internal/revalidate, HMAC token), and that route calls
// invalidateHere(), so a worker's publish empties exactly what an editor's does.
import { createHmac } from "node:crypto";
import { config } from "../config.ts";
import { logger } from "../log.ts";
import { siteKey } from "../access/site-key.ts";
import { PURGE_HEADER, PURGE_PATH } from "../front/contract.ts";
import { purgeToken } from "../front/secrets.ts";
import { broadcast } from "./broadcast.ts";

const log = logger("invalidate");

/** App Router route patterns, for revalidatePath. */
export const PUBLIC_PATHS: [string, "page" | "layout" | undefined][] = [
  ["/topics/[slug]/[[...page]]", "page"],
  ["/authors/[slug]/[[...page]]", "page"],
  ["/archive/[y]/[m]/[d]", "page"],
  ["/latest/[page]", "page"],
  ["/feed.xml", undefined],
  ["/sitemap.xml", undefined],
];

/** An article whose publication changed, with every slug its pages may be cached under (before and after an edit). */
export type ChangedArticle = { publicId: string | null; slugs: string[] };

/** The on-demand revalidation endpoint of the Pages Router pages. */
export const PAGES_REVALIDATE_PATH = "/api/internal/revalidate-pages";

/** Pages Router paths a change refreshes: the home page, and each changed article's teaser with and without its slug. */
export function pagesRouterPaths(changed: ChangedArticle[]): string[] {
  const out = new Set(["/"]);
  for (const a of changed) {
    if (!a.publicId) continue;
    out.add(`/teaser/${a.publicId}`);
    for (const slug of a.slugs) if (slug) out.add(`/teaser/${a.publicId}/${slug}`);
  }
  return [...out];
}

/** Paths pages/api/internal/revalidate-pages.ts accepts: the home page and teaser pages. */
export const PAGES_ROUTER_PATH = /^\/(teaser\/\d{10}(\/[a-z0-9-]{1,200})?)?$/;

export function revalidateToken(): string {
  return createHmac("sha256", config().authSecret).update("revalidate-public-pages").digest("hex");
}

/**
 * Ask the app to refresh Pages Router pages (res.revalidate runs only in a
 * pages/api route): this very instance when the launcher told it its address
 * (TLD_INSTANCE_URL), so one instance's refreshes stay in its queue (the
 * route serialises them per path); else the site.
 */
export async function revalidatePagesRouterPages(paths: string[]): Promise<void> {
  try {
    const r = await fetch(`${config().TLD_INSTANCE_URL ?? config().siteUrl}${PAGES_REVALIDATE_PATH}`, {
      method: "POST",
      headers: { authorization: `Bearer ${revalidateToken()}`, "content-type": "application/json" },
      body: JSON.stringify({ paths }),
      signal: AbortSignal.timeout(30_000),
    });
    if (!r.ok) log.warn("page revalidation refused", { status: r.status });
    else {
      const { failed } = (await r.json()) as { failed?: string[] };
      if (failed?.length) log.warn("some pages were not revalidated; they refresh on their timer", { paths: failed.join(",") });
    }
  } catch (e) {
    log.warn("page revalidation request failed; pages refresh on their timer", { error: (e as Error).message });
  }
}

/**
 * Pages every publication change may alter besides the article's own: the home page, and the
 * corrections log and feed (a correction adds to them; an unpublished story leaves them).
 */
export const ALWAYS_PURGED = ["/", "/corrections", "/corrections/feed.xml"];

/** The front's cache keys (paths) a change must purge: ALWAYS_PURGED, and every URL of each changed article. */
export function frontPaths(changed: ChangedArticle[]): string[] {
  const out = new Set(ALWAYS_PURGED);
  for (const a of changed) {
    if (!a.publicId) continue;
    for (const base of [`/articles/${a.publicId}`, ...a.slugs.filter(Boolean).map((s) => `/articles/${a.publicId}/${s}`)]) {
      out.add(base);
      out.add(`${base}/`);
    }
  }
  return [...out];
}

/** Delete the front's copies of `paths` (anonymous and shared full pages) in every front named by FRONT_URL. */
export async function purgeFront(paths: string[]): Promise<void> {
  for (const front of config().frontUrls) {
    try {
      const r = await fetch(`${front}${PURGE_PATH}`, {
        method: "POST",
        headers: { [PURGE_HEADER]: purgeToken(siteKey()), "content-type": "application/json" },
        body: JSON.stringify({ paths }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!r.ok) log.warn("the front refused the purge", { front, status: r.status });
      else log.info("front purged", { front, removed: ((await r.json()) as { removed?: number }).removed ?? 0 });
    } catch (e) {
      log.warn("the front could not be purged; its copies expire on their own", { front, error: (e as Error).message });
    }
  }
}

/** Mark the App Router's cached pages stale; false outside a Next.js server (the worker), where revalidatePath throws. */
async function revalidateAppRouterPages(): Promise<boolean> {
  try {
    const { revalidatePath } = await import("next/cache");
    for (const [p, type] of PUBLIC_PATHS) revalidatePath(p, type);
    return true;
  } catch {
    return false;
  }
}

/** The rest, in order: the app's own caches first, so the front refetches fresh pages. */
async function invalidateTheRest(changed: ChangedArticle[]): Promise<void> {
  await broadcast("publication");
  await revalidatePagesRouterPages(pagesRouterPaths(changed));
  await purgeFront(frontPaths(changed));
}

/** Empty every cache, from inside the app's process (the internal route the worker calls). */
export async function invalidateHere(changed: ChangedArticle[]): Promise<void> {
  await revalidateAppRouterPages();
  await invalidateTheRest(changed);
}

/**
 * After a publication change (publish, correction, unpublish, takedown):
 * every cache that could hold the old state is emptied. Inside Next it does
 * so directly; from the job worker, through the app (same work, same order).
 */
export async function invalidate(changed: ChangedArticle[] = []): Promise<void> {
  if (await revalidateAppRouterPages()) return invalidateTheRest(changed);
  try {
    const r = await fetch(`${config().siteUrl}/api/internal/revalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${revalidateToken()}`, "content-type": "application/json" },
      body: JSON.stringify({ articles: changed }),
      signal: AbortSignal.timeout(60_000),
    });
    if (!r.ok) log.warn("invalidation request refused", { status: r.status });
  } catch (e) {
    log.warn("invalidation request failed; pages refresh on their timers", { error: (e as Error).message });
  }
}

/**
 * After a licence's office ranges change (decision 22): every instance's range
 * table is emptied (this one at once, the others on the broadcast), so the
 * next request from a removed range gets the teaser. The front keeps no full
 * page for range readers (it only bypasses its cache for them), so it has
 * nothing to purge.
 */
export function officeRangesChanged(): void {
  void broadcast("office-ranges");
}
