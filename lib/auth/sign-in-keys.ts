// Keys of the sign-in request, derived from the install's session secret
// (config().authSecret: NEXTAUTH_SECRET or the per-install secret of
// lib/secrets.ts), each under its own label, as the access pass and the
// front's secrets are. Rotating the secret voids pending links, codes and
// pending-sign-in cookies, like every other signed thing.
import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "../config.ts";

export type SignInPurpose = "tld-sign-in-link-v1" | "tld-sign-in-code-v1" | "tld-sign-in-pending-v1";

function key(purpose: SignInPurpose, secret = config().authSecret): Buffer {
  return createHmac("sha256", secret).update(purpose).digest();
}

/** A keyed hash of `text` for one purpose (hex). */
export function keyedHash(purpose: SignInPurpose, text: string, secret?: string): string {
  return createHmac("sha256", key(purpose, secret)).update(text).digest("hex");
}

/** Constant-time comparison of two hex digests of the same kind. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
