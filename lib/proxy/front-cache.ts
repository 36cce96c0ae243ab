// Step: how long the front may keep an anonymous App Router page. Those pages
// render per request (so each gets its own nonce, or the front's placeholder);
// the front keeps the anonymous ones a minute, as Next's cache once did, and a
// publication change purges what it names (lib/cache/invalidate.ts).
import { SHARED_RENDER_SECONDS } from "../access/pass.ts";
import { CACHED_LISTINGS } from "./csp.ts";

/**
 * Anonymous pages that are the same for every reader without a session: the listings Next caches, and a few more.
 * Not /sign-in/check-email: it names the address of the browser's pending sign-in and holds its code form (decision 21).
 */
const OTHER_ANONYMOUS_PAGES = /^\/(topics|editions|subscribe)\/?$/;
const isListing = (path: string) => CACHED_LISTINGS.test(path) || OTHER_ANONYMOUS_PAGES.test(path);
export const LISTING_SECONDS = 60;

/** X-Accel-Expires for this answer, or null to leave it to Cache-Control. */
export function frontCacheSeconds(o: {
  path: string;
  method: string;
  hasSession: boolean;
  behindFront: boolean;
  shared: boolean;
  searchRefused: boolean;
  /** The address is in an office range (decision 22): the answer is that licence's, never the front's to keep. */
  office?: boolean;
}): number | null {
  if (o.searchRefused || o.office) return 0;
  if (o.shared) return SHARED_RENDER_SECONDS;
  if (o.behindFront && !o.hasSession && o.method === "GET" && isListing(o.path)) return LISTING_SECONDS;
  return null;
}
