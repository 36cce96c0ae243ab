// Step: the Content-Security-Policy of a request (docs/decisions/0010-security-headers.md).
//
// Next stamps the nonce of the request's CSP header on every script it
// renders. Behind the front, that nonce is the install's secret placeholder
// (lib/front/nonce.ts): the front replaces it with a fresh nonce in every
// response, cache hits included, and nothing else in the page gets one, so an
// injected <script> is blocked. Without the front, a page rendered per request
// gets a fresh nonce here; the Pages Router reader pages (home, teaser) are
// cached and run no script in production, so they get the base policy; the
// cached App Router listings always get the placeholder (CACHED_LISTINGS). In
// development every page renders per request with a fresh nonce.
import { BASE_POLICY, newNonce, noncePolicy } from "../csp.ts";

/** Pages served from Next's cache (Pages Router, zero-JS): no nonce can be per response there. */
const CACHED_PAGES = /^\/(teaser\/.*)?$/;

/**
 * App Router listings Next caches (ISR), for signed-in readers as well: every
 * render of them, whoever asked, carries the placeholder, so the cached HTML is
 * the same for the front to nonce, on the request and on the response, with or
 * without the front: a client of next start itself sees the placeholder;
 * production runs next start on loopback behind the front.
 */
export const CACHED_LISTINGS = /^\/(topics\/[^/]+|authors\/[^/]+|archive\/[^/]+\/[^/]+\/[^/]+|latest\/[^/]+)(\/[^/]*)*$/;

export type Policies = { request: string | null; response: string };

export function policiesFor(o: { path: string; behindFront: boolean; dev: boolean; placeholder: () => string }): Policies {
  if (!o.dev && CACHED_LISTINGS.test(o.path)) {
    // On the response too, whoever asks: Next takes the nonce from the response's header
    // (below), and a listing rendered for a direct client of next start with the base
    // policy had no nonce at all, went into the shared cache, and was then served by the
    // front with every script blocked (found by the csp test after the fuzz test, which
    // asks next start directly). The placeholder is in such a page's HTML anyway.
    const policy = noncePolicy(o.placeholder());
    return { request: policy, response: policy };
  }
  if (o.behindFront) {
    // The same on the response: Next takes the nonce from the response's header as
    // well (seen: with only the request's, it rendered none). The front hides it and
    // sends its own, with the fresh nonce.
    const policy = noncePolicy(o.placeholder());
    return { request: policy, response: policy };
  }
  if (!o.dev && CACHED_PAGES.test(o.path)) return { request: null, response: BASE_POLICY };
  const policy = noncePolicy(newNonce(), { dev: o.dev });
  return { request: policy, response: policy };
}
