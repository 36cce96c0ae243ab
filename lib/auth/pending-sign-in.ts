// The pending sign-in: a short-lived signed cookie set on the browser that
// asked for a link. It names the address asked for, so a one-time code typed
// in this browser is checked only against that address's requests: codes
// cannot be sprayed across addresses, and a code signs in only a browser
// that asked for it (docs/decisions/0021-sign-in-codes-and-scanners.md).
import { keyedHash, sameDigest } from "./sign-in-keys.ts";

export const PENDING_COOKIE = "tld-sign-in";

export type PendingCookie = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number };
};

export function pendingCookie(email: string, minutes: number, secure: boolean, now = Date.now()): PendingCookie {
  const body = `${Buffer.from(email).toString("base64url")}.${now + minutes * 60_000}`;
  return {
    name: PENDING_COOKIE,
    value: `${body}.${keyedHash("tld-sign-in-pending-v1", body)}`,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: minutes * 60 },
  };
}

/** The address of a valid, unexpired pending-sign-in cookie value, or null. */
export function pendingEmail(value: string | undefined | null, now = Date.now()): string | null {
  if (!value || value.length > 1000) return null;
  const parts = value.split(".");
  if (parts.length !== 3) return null;
  const [email64, until, mac] = parts;
  if (!/^[0-9a-f]{64}$/.test(mac) || !sameDigest(mac, keyedHash("tld-sign-in-pending-v1", `${email64}.${until}`))) return null;
  if (!(Number(until) > now)) return null;
  return Buffer.from(email64, "base64url").toString("utf8");
}

/** A Set-Cookie header that clears the pending sign-in. */
export function clearPendingHeader(secure: boolean): string {
  return `${PENDING_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** The value of a cookie in a Cookie header. */
export function cookieFrom(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

/** The Set-Cookie header for a pending-sign-in cookie (for route handlers that answer with a plain Response). */
export function pendingCookieHeader(c: PendingCookie): string {
  return `${c.name}=${c.value}; Path=/; Max-Age=${c.options.maxAge}; HttpOnly; SameSite=Lax${c.options.secure ? "; Secure" : ""}`;
}
