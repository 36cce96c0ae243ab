// The Content-Security-Policy, in one plain module shared by proxy.ts (pages
// Next renders per request) and scripts/lib/front.ts (the nginx front that
// caches anonymous pages and stamps a fresh nonce into every response).
// See docs/decisions/0010-security-headers.md.

/** Directives that never depend on a nonce; sent on every response. */
const BASE = ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"];

/**
 * For the Pages Router reader pages served from Next's cache without a front
 * (they run no script in production), the outage page, and the front's own
 * replacement header: no script-src and no default-src (which would apply to
 * scripts).
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
