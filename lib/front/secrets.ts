// Secrets only the app and the front share, derived from the session secret
// (lib/access/site-key.ts), so they are this install's alone and change when
// the secret is rotated. The front gets them as nginx variables
// (scripts/lib/front.ts passSecrets(); deploy: /etc/nginx/tld/secrets.conf).
import { createHmac, timingSafeEqual } from "node:crypto";

const derive = (key: string, purpose: string) => createHmac("sha256", key).update(purpose).digest("base64url").slice(0, 32);

/**
 * The nonce placeholder: behind the front, the app's own scripts carry it
 * instead of a nonce, and the front replaces every occurrence with a fresh
 * nonce in every response (deploy/front/proxy.conf.template), so it never
 * reaches a browser through the front. Per install, not per build: a
 * per-build value would have to be copied into the front at every deploy, and
 * a front left with the old one would block every script of the site.
 */
export function noncePlaceholder(key: string): string {
  return derive(key, "tld-nonce-placeholder-v1");
}

/** The token the app sends to the front's purge endpoint (deploy/front/pass.js checks it). */
export function purgeToken(key: string): string {
  return createHmac("sha256", key).update("front-purge").digest("base64url");
}

/** The value of X-TLD-Front the front sends: proof that a request came through it (a client cannot claim to be the front and learn the placeholder). */
export function frontToken(key: string): string {
  return derive(key, "tld-front-v1");
}

export function isFrontToken(key: string, value: string | null | undefined): boolean {
  if (!value) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(frontToken(key));
  return a.length === b.length && timingSafeEqual(a, b);
}
