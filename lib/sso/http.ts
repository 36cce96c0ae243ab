// Cookies and redirects of the single sign-on routes. Locations are paths or
// the identity provider's own address (decision 0017: never built from req.url).
import { config } from "../config.ts";
import type { SessionCookie } from "../auth/start-session.ts";
import { STATE_COOKIE } from "./oidc.ts";
import { REQUEST_TTL_MS } from "./requests.ts";
import { refusalPath, SsoRefused } from "./refusals.ts";

const secure = () => config().siteUrl.startsWith("https://");

// Lax: the identity provider sends the browser back with a top-level GET, which carries it.
export const stateCookie = (state: string) =>
  `${STATE_COOKIE}=${state}; Path=/api/sso; HttpOnly; SameSite=Lax; Max-Age=${REQUEST_TTL_MS / 1000}${secure() ? "; Secure" : ""}`;
export const clearStateCookie = () => `${STATE_COOKIE}=; Path=/api/sso; HttpOnly; SameSite=Lax; Max-Age=0${secure() ? "; Secure" : ""}`;

export const sessionSetCookie = (c: SessionCookie) =>
  `${c.name}=${c.value}; Path=${c.options.path}; Expires=${c.options.expires.toUTCString()}; HttpOnly; SameSite=Lax${c.options.secure ? "; Secure" : ""}`;

export function seeOther(location: string, cookies: string[] = []) {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const c of cookies) headers.append("set-cookie", c);
  return new Response(null, { status: 303, headers });
}

/** A refusal becomes a redirect to its page; anything else is guard()'s to answer. */
export function refusal(e: unknown, cookies: string[] = []): Response {
  if (e instanceof SsoRefused) return seeOther(refusalPath(e.reason), cookies);
  throw e;
}

export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(/;\s*/)) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i) === name) return part.slice(i + 1);
  }
  return undefined;
}
