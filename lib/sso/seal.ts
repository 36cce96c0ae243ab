// The OIDC client secret at rest: AES-256-GCM under a key derived (HKDF) from
// the install's session secret, so a database dump alone does not give it
// away. Rotating the session secret makes stored secrets unreadable; the
// newsroom then re-enters them (the licence's page says so).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const keyFrom = (secret: string) => Buffer.from(hkdfSync("sha256", secret, "trade-law-daily", "sso-client-secret v1", 32));

export function sealSecret(plain: string, secret: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
  return `v1.${Buffer.concat([iv, c.getAuthTag(), body]).toString("base64url")}`;
}

/** The secret, or null when it was sealed under another session secret (or tampered with). */
export function openSecret(sealed: string, secret: string): string | null {
  if (!sealed.startsWith("v1.")) return null;
  const raw = Buffer.from(sealed.slice(3), "base64url");
  if (raw.length < 29) return null;
  try {
    const d = createDecipheriv("aes-256-gcm", keyFrom(secret), raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8");
  } catch {
    return null;
  }
}
