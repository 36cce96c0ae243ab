// After a publication change, the cached public pages are refreshed at once.
// Inside a request (server actions) Next's revalidatePath does it; the job
// worker runs in its own process and asks the app over HTTP instead.
import { createHmac } from "node:crypto";
import { config } from "../config.ts";
import { logger } from "../log.ts";
import { searchResults } from "../search/cache.ts";

const log = logger("revalidate");

export const PUBLIC_PATHS: [string, "page" | "layout" | undefined][] = [
  ["/", undefined],
  ["/teaser/[id]/[[...slug]]", "page"],
  ["/topics/[slug]/[[...page]]", "page"],
  ["/authors/[slug]/[[...page]]", "page"],
  ["/archive/[y]/[m]/[d]", "page"],
  ["/latest/[page]", "page"],
  ["/feed.xml", undefined],
  ["/sitemap.xml", undefined],
];

export function revalidateToken(): string {
  return createHmac("sha256", config().authSecret).update("revalidate-public-pages").digest("hex");
}

export async function revalidatePublicPages(): Promise<void> {
  try {
    const { revalidatePath } = await import("next/cache");
    for (const [p, type] of PUBLIC_PATHS) revalidatePath(p, type);
    searchResults.clear();
    return;
  } catch {
    // Not inside Next (the worker): fall through to HTTP.
  }
  try {
    const r = await fetch(`${config().siteUrl}/api/internal/revalidate`, { method: "POST", headers: { authorization: `Bearer ${revalidateToken()}` } });
    if (!r.ok) log.warn("revalidation request refused", { status: r.status });
  } catch (e) {
    log.warn("revalidation request failed; pages refresh on their timer", { error: (e as Error).message });
  }
}
