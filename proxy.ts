import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "./lib/config.ts";
import { BASE_POLICY, FRONT_HEADER, newNonce, noncePolicy, PER_REQUEST_PATHS } from "./lib/csp.ts";
import { databaseMarkedDown, databaseReachable } from "./lib/db-health.ts";

// 1. Requests without a session cookie go to the statically cached teaser
//    route; everyone else to the per-request route. This is routing for speed
//    only: the access decision is made in lib/access.ts on both routes, so a
//    bypassed or forged proxy decision cannot reveal a body.
// 2. Content-Security-Policy: pages rendered per request get a fresh nonce,
//    put on the request's CSP header (Next reads it there and stamps it on
//    every script it renders) and on the response's. Cached pages cannot
//    carry a per-response nonce: they get the base policy here, and the
//    nginx front (scripts/lib/front.ts) adds nonces to them in production.
//    Behind the front (request header X-TLD-Front) no page gets a nonce from
//    Next: the front stamps its own on every script and replaces the header.
//    In `next dev` every page renders per request, so all get a nonce.
// 3. While the database is unreachable, requests that need it get a clear 503
//    with Retry-After at once; cached anonymous pages keep being served.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const NEEDS_DATABASE = /^\/(account|newsroom|search|documents|sign-in|api|subscribe\/success|email|alerts|editions\/[^/]+\/pdf)(\/|$)/;

function unavailable(req: NextRequest) {
  const headers = { "retry-after": "5", "cache-control": "no-store" };
  if (req.nextUrl.pathname.startsWith("/api/")) return NextResponse.json({ error: "The service is briefly unavailable. Please retry shortly." }, { status: 503, headers });
  return new NextResponse(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Briefly unavailable | Trade Law Daily</title><body style="font:16px/1.5 Georgia,serif;max-width:560px;margin:3rem auto;padding:0 1rem"><p style="color:#7a1f1f;font-weight:bold;font-size:22px">Trade Law Daily</p><h1 style="font-size:26px">We are briefly unavailable</h1><p>Part of our service is restarting. Please try again in a few seconds; nothing you did was lost.</p></body></html>`,
    { status: 503, headers: { ...headers, "content-type": "text/html; charset=utf-8" } },
  );
}

const DEV = process.env.NODE_ENV === "development";

function withPolicy(res: NextResponse, policy: string): NextResponse {
  res.headers.set("content-security-policy", policy);
  return res;
}

export async function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const hasSession = SESSION_COOKIES.some((c) => req.cookies.has(c));
  if (req.method !== "GET" || hasSession || NEEDS_DATABASE.test(pathname)) {
    if (databaseMarkedDown() || !(await databaseReachable(appConfig().DATABASE_URL))) return withPolicy(unavailable(req), BASE_POLICY);
  }
  const m = pathname.match(/^\/articles\/(\d{10})(\/[^/]*)?\/?$/);
  const teaser = m && !hasSession ? `/teaser/${m[1]}${m[2] ?? ""}` : null;
  const behindFront = req.headers.get(FRONT_HEADER) === "1";
  const perRequest = !behindFront && (DEV || (!teaser && PER_REQUEST_PATHS.test(pathname)));
  const policy = perRequest ? noncePolicy(newNonce(), { dev: DEV }) : BASE_POLICY;
  const headers = new Headers(req.headers);
  if (perRequest) headers.set("content-security-policy", policy);
  else headers.delete("content-security-policy");
  if (teaser) {
    const url = req.nextUrl.clone();
    url.pathname = teaser;
    return withPolicy(NextResponse.rewrite(url, { request: { headers } }), policy);
  }
  return withPolicy(NextResponse.next({ request: { headers } }), policy);
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
