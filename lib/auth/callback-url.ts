// next-auth v4 answers a callbackUrl it cannot parse as http(s) (in the query
// or its callback-url cookie) with a 500 "server configuration" error. Its
// route checks them first: a bad one in the query is the request's mistake
// (400, saying so), a bad cookie is cleared (400, try again). Only paths on
// this site and absolute URLs on the site's own origin are taken; next-auth's
// redirect callback (lib/auth/options.ts) then keeps redirects on the site.
import { safeCallbackPath } from "./magic-link.ts";

export const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

export function isSiteCallbackUrl(value: string, siteUrl: string): boolean {
  if (value.startsWith("/")) return safeCallbackPath(value) === value;
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && u.origin === new URL(siteUrl).origin;
  } catch {
    return false;
  }
}

/** Why this request's callback URL cannot be used, or null; and which cookies to clear. */
export function callbackUrlProblem(
  query: URLSearchParams,
  cookies: { name: string; value: string }[],
  siteUrl: string,
): { message: string; clear: string[] } | null {
  const given = query.getAll("callbackUrl");
  if (given.length > 1 || given.some((v) => !isSiteCallbackUrl(v, siteUrl)))
    return { message: "callbackUrl must be one address on Trade Law Daily, such as /account; nothing was done.", clear: [] };
  const bad = cookies.filter((c) => CALLBACK_URL_COOKIES.includes(c.name) && !isSiteCallbackUrl(c.value, siteUrl)).map((c) => c.name);
  if (bad.length) return { message: "Your browser sent a damaged sign-in cookie; it has been cleared. Please try again.", clear: bad };
  return null;
}
