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
// Pure functions, no I/O: the front's njs check (deploy/front/pass.js) is the
// same algorithm, and tests/unit/front-contract.test.ts holds both to it.
import { createHmac, timingSafeEqual } from "node:crypto";

export type PassLevel = "full" | "teaser" | "staff";
export { PASS_COOKIE, SHARED_RENDER_HEADER } from "../front/contract.ts";
/** How long a pass is good for: the longest a revoked reader can still be served a cached full page. */
export const PASS_SECONDS = 120;
/**
 * How far a pass's expiry may lie beyond now + PASS_SECONDS and still be honoured:
 * room for the front's and the app's clocks to differ a little, nothing more. A
 * pass that claims to live longer was not minted by the app and is refused, even
 * when correctly signed (a leaked key must not buy a pass good for years).
 */
export const PASS_CLOCK_SKEW_SECONDS = 5;
export const PASS_MAX_AHEAD_MS = (PASS_SECONDS + PASS_CLOCK_SKEW_SECONDS) * 1000;
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
  if (expMs <= now.getTime() || expMs > now.getTime() + PASS_MAX_AHEAD_MS) return null;
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
