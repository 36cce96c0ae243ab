// The access pass: a short-lived, signed cookie that lets the nginx front
// (scripts/lib/front.ts) serve signed-in readers with full access from its
// page cache, without asking Node.js (docs/decisions/0012-subscriber-page-cache.md).
//
//   tld_pass = <level>.<expires, unix seconds>.<HMAC-SHA256(key, "<level>.<expires>.<session token>"), base64url>
//
// The pass is bound to the reader's next-auth session token, which it does not
// contain: it is worthless without that session cookie, and a pass cannot be
// moved to another session. It says only what lib/access.ts decided when it
// was minted (by proxy.ts, from the database), for at most PASS_SECONDS.
// Pure functions, no I/O: the front's njs check (frontPassScript) is the same
// algorithm, and tests/unit/access-pass.test.ts holds both to it.
import { createHmac, timingSafeEqual } from "node:crypto";

export type PassLevel = "full" | "teaser" | "staff";
export const PASS_COOKIE = "tld_pass";
/** How long a pass is good for: the longest a revoked reader can still be served a cached full page. */
export const PASS_SECONDS = 120;
/**
 * How far a pass's expiry may lie beyond now + PASS_SECONDS and still be honoured:
 * room for the front's and the app's clocks to differ a little, nothing more. A
 * pass that claims to live longer was not minted by the app and is refused, even
 * when correctly signed (a leaked key must not buy a pass good for years).
 */
export const PASS_CLOCK_SKEW_SECONDS = 5;
const MAX_AHEAD_MS = (PASS_SECONDS + PASS_CLOCK_SKEW_SECONDS) * 1000;
/** Request header carrying sharedRenderToken(): "render this page for an entitled reader, not for a person". */
export const SHARED_RENDER_HEADER = "x-tld-shared-render";
/** Response header: how long (seconds) the front may keep a shared render (nginx's X-Accel-Expires). */
export const SHARED_RENDER_SECONDS = 60;

const LEVELS: readonly PassLevel[] = ["full", "teaser", "staff"];
const PASS_RE = /^(full|teaser|staff)\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/** The key for passes and shared renders, derived from the site's auth secret (so no new setting). */
export function passKey(authSecret: string): string {
  return createHmac("sha256", authSecret).update("tld-access-pass-v1").digest("hex");
}

function sign(key: string, text: string): string {
  return createHmac("sha256", key).update(text).digest("base64url");
}

export function mintPass(key: string, level: PassLevel, expiresAt: Date, sessionToken: string): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return `${level}.${exp}.${sign(key, `${level}.${exp}.${sessionToken}`)}`;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The level a pass grants now, or null (missing, malformed, expired, forged, or another session's). */
export function verifyPass(key: string, pass: string | undefined | null, sessionToken: string | undefined | null, now: Date): PassLevel | null {
  if (!pass || !sessionToken) return null;
  const m = PASS_RE.exec(pass);
  if (!m) return null;
  const [, level, exp, sig] = m;
  const expMs = Number(exp) * 1000;
  if (expMs <= now.getTime() || expMs > now.getTime() + MAX_AHEAD_MS) return null;
  if (!sameText(sig, sign(key, `${level}.${exp}.${sessionToken}`))) return null;
  return LEVELS.includes(level as PassLevel) ? (level as PassLevel) : null;
}

/** The secret header value the front sends when it asks for the shared full-access render of a page. */
export function sharedRenderToken(key: string): string {
  return sign(key, "shared-render");
}

export function isSharedRender(key: string, headerValue: string | null | undefined): boolean {
  return !!headerValue && sameText(headerValue, sharedRenderToken(key));
}

/**
 * The njs module the front loads: `level(r)` is verifyPass() over the request's
 * cookies, with the key from the nginx variable $tld_pass_key. Returns "" for
 * no valid pass: also one whose expiry lies further ahead than a minted pass's
 * can. (njs 0.7: ES5 plus a few ES6 forms; crypto.createHmac.)
 */
export function frontPassScript(): string {
  return `var crypto = require('crypto');
var SESSION = /(?:^|;)\\s*(?:__Secure-)?next-auth\\.session-token=([^;\\s]+)/;
var PASS = /(?:^|;)\\s*${PASS_COOKIE}=(full|teaser|staff)\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})(?:;|\\s|$)/;
function same(a, b) {
  if (a.length !== b.length) return false;
  var d = 0;
  for (var i = 0; i < a.length; i++) d |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return d === 0;
}
function level(r) {
  var cookie = r.headersIn.Cookie || '';
  var s = SESSION.exec(cookie);
  var p = PASS.exec(cookie);
  if (!s || !p) return '';
  var exp = Number(p[2]) * 1000;
  var now = Date.now();
  if (exp <= now || exp > now + ${MAX_AHEAD_MS}) return '';
  var sig = crypto.createHmac('sha256', r.variables.tld_pass_key).update(p[1] + '.' + p[2] + '.' + s[1]).digest('base64url');
  return same(sig, p[3]) ? p[1] : '';
}
export default { level: level };
`;
}
