// After a publication change, the cached public pages are refreshed at once.
//
// Two kinds of cached page, two mechanisms:
// - App Router pages (topics, authors, archive, latest, feed, sitemap):
//   Next's revalidatePath(route pattern) marks every page of the pattern stale.
//   Inside a request (server actions) it is called directly; the job worker
//   runs in its own process and asks the app over HTTP
//   (POST /api/internal/revalidate, HMAC token).
// - Pages Router pages (the home page and the anonymous article page, shipped
//   without JavaScript: docs/decisions/0013-zero-js-reader-pages.md):
//   revalidatePath does not reach them; Next refreshes them only on demand, per
//   concrete path, with res.revalidate() in a pages/api route
//   (pages/api/internal/revalidate-pages.ts, same token). That call renders the
//   page before it answers, so "/" shows a new story as soon as publishing
//   returns. The teaser paths of the articles that changed are refreshed the
//   same way; other teasers (e.g. one citing an unpublished story) follow
//   their 300-second timer.
import { createHmac } from "node:crypto";
import { config } from "../config.ts";
import { logger } from "../log.ts";
import { searchResults } from "../search/cache.ts";

const log = logger("revalidate");

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

/** Ask the app to refresh Pages Router pages (res.revalidate runs only in a pages/api route). */
export async function revalidatePagesRouterPages(paths: string[]): Promise<void> {
  try {
    const r = await fetch(`${config().siteUrl}${PAGES_REVALIDATE_PATH}`, {
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

export async function revalidatePublicPages(changed: ChangedArticle[] = []): Promise<void> {
  let inNext = false;
  try {
    const { revalidatePath } = await import("next/cache");
    for (const [p, type] of PUBLIC_PATHS) revalidatePath(p, type);
    inNext = true;
  } catch {
    // Not inside Next (the worker): fall through to HTTP.
  }
  if (inNext) {
    searchResults.clear();
    await revalidatePagesRouterPages(pagesRouterPaths(changed));
    return;
  }
  try {
    const r = await fetch(`${config().siteUrl}/api/internal/revalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${revalidateToken()}`, "content-type": "application/json" },
      body: JSON.stringify({ articles: changed }),
      signal: AbortSignal.timeout(60_000),
    });
    if (!r.ok) log.warn("revalidation request refused", { status: r.status });
  } catch (e) {
    log.warn("revalidation request failed; pages refresh on their timer", { error: (e as Error).message });
  }
}
