// Feed tokens: 256 random bits in base64url, the whole credential of a feed
// URL. Only a keyed hash is stored, under its own label of the install's
// session secret (config().authSecret), as the sign-in keys are
// (lib/auth/sign-in-keys.ts): a copy of the database alone opens no feed.
// Rotating the secret voids every feed URL, like every other signed thing.
import { createHmac, randomBytes } from "node:crypto";
import { config } from "../config.ts";

const PURPOSE = "tld-feed-token-v1";

/** 32 bytes of the CSPRNG: 43 base64url characters. */
export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Does this look like a token we issue? (anything else is refused before the database is asked) */
export function isFeedTokenShape(s: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(s);
}

/** The stored form of a token: HMAC-SHA256 under a key of its own (hex). */
export function feedTokenHash(token: string, secret = config().authSecret): string {
  const key = createHmac("sha256", secret).update(PURPOSE).digest();
  return createHmac("sha256", key).update(token).digest("hex");
}
