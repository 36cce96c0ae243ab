// The Content-Security-Policy, in one plain module shared by proxy.ts (pages
// Next renders per request) and scripts/lib/front.ts (the nginx front that
// caches anonymous pages and stamps a fresh nonce into every response).
// See docs/decisions/0010-security-headers.md.

/** Directives that never depend on a nonce; sent on every response. */
const BASE = ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"];

/**
 * Without a front, cached (ISR/static) HTML has no nonces in it, so its CSP
 * cannot restrict scripts: no script-src and no default-src (which would
 * apply to scripts).
 */
export const BASE_POLICY = BASE.join("; ");

/**
 * The full policy for HTML whose every <script> carries `nonce`. Scripts:
 * only nonce-bearing ones, plus what they load ('strict-dynamic', which also
 * makes browsers ignore host lists). Styles: the app's own CSS files, and
 * inline style attributes (Next's error overlay and React `style` props; no
 * script runs from them). Images: own files and data: URIs. In development
 * React needs eval (debugging stacks) and HMR a websocket.
 */
export function noncePolicy(nonce: string, opts: { dev?: boolean } = {}): string {
  const dev = opts.dev ?? false;
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "manifest-src 'self'",
    "worker-src 'self' blob:",
    ...BASE,
  ].join("; ");
}

/**
 * Paths whose pages `next start` renders per request (force-dynamic, or
 * reading cookies/search params), so Next can put a per-request nonce on
 * their scripts. Everything else (home, topics, teaser, archive, authors,
 * latest, editions, subscribe, static 404) is served from Next's cache and
 * gets BASE_POLICY when no front is in place. tests/integration/csp.test.ts
 * checks this list against the build's prerender manifest.
 * `/articles/...` is per request only for readers with a session cookie:
 * proxy.ts sends the others to the cached teaser route first.
 */
export const PER_REQUEST_PATHS = /^\/(articles|account|newsroom|search|documents|sign-in(?!\/check-email(\/|$))|subscribe\/success|alerts)(\/|$)/;

/**
 * Request header the nginx front sets on every request it passes on: "the
 * front stamps a nonce on every script; render none". A client that sends it
 * to next directly only switches its own response to the base policy.
 */
export { FRONT_HEADER } from "./front/contract.ts";

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** The nonce in a policy built by noncePolicy(), if any. */
export function nonceOf(policy: string | null | undefined): string | undefined {
  return policy?.match(/'nonce-([^']+)'/)?.[1];
}
