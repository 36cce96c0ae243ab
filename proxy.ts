import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "./lib/config.ts";
import { BASE_POLICY, FRONT_HEADER, newNonce, noncePolicy, PER_REQUEST_PATHS } from "./lib/csp.ts";
import { databaseMarkedDown, databaseReachable } from "./lib/db-health.ts";
import { isSharedRender, PASS_COOKIE, SHARED_RENDER_HEADER, SHARED_RENDER_SECONDS } from "./lib/access-pass.ts";
import { hasValidPass, mintPassForSession, SESSION_COOKIES, siteKey } from "./lib/auth/pass.ts";
import { badQueryResponse, queryProblem } from "./lib/http/query-check.ts";
import { logger } from "./lib/log.ts";
import { clientIp } from "./lib/request.ts";
import { hasCriteria, parseSearchRequest } from "./lib/search/params.ts";
import { SEARCH_LIMITED_HEADER, takeSearchToken } from "./lib/search/rate-limit.ts";

const log = logger("proxy");

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
// 3. Access passes (docs/decisions/0012-subscriber-page-cache.md): a signed-in
//    article request without a valid pass gets one (a Set-Cookie), so the nginx
//    front can serve this reader's next article pages from its cache of full
//    pages. The front fills that cache with "shared renders": requests
//    without cookies carrying a secret header; those are not sent to the
//    teaser and are marked cacheable for SHARED_RENDER_SECONDS.
// 4. The search rate limit is taken here, per client address, before the page
//    renders: a refused search reaches the page as a request header (it
//    shows the message) and its answer is marked never-cache for the front
//    (X-Accel-Expires: 0), which keeps anonymous search results for a minute.
// 5. While the database is unreachable, requests that need it get a clear 503
//    with Retry-After at once; cached anonymous pages keep being served.
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
  const sessionToken = SESSION_COOKIES.map((c) => req.cookies.get(c)?.value).find(Boolean);
  const hasSession = sessionToken !== undefined;
  if (req.method !== "GET" || hasSession || NEEDS_DATABASE.test(pathname)) {
    if (databaseMarkedDown() || !(await databaseReachable(appConfig().DATABASE_URL))) return withPolicy(unavailable(req), BASE_POLICY);
  }
  // 6. A query a page cannot use (an impossible date) is a 400 that says what is wrong.
  const problem = queryProblem(pathname, req.nextUrl.searchParams);
  if (problem !== null) return withPolicy(badQueryResponse(problem), BASE_POLICY);
  const m = pathname.match(/^\/articles\/(\d{10})(\/[^/]*)?\/?$/);
  const shared = m !== null && !hasSession && req.method === "GET" && isSharedRender(siteKey(), req.headers.get(SHARED_RENDER_HEADER));
  const teaser = m && !hasSession && !shared ? `/teaser/${m[1]}${m[2] ?? ""}` : null;
  const behindFront = req.headers.get(FRONT_HEADER) === "1";
  const perRequest = !behindFront && (DEV || (!teaser && PER_REQUEST_PATHS.test(pathname)));
  const policy = perRequest ? noncePolicy(newNonce(), { dev: DEV }) : BASE_POLICY;
  const headers = new Headers(req.headers);
  if (perRequest) headers.set("content-security-policy", policy);
  else headers.delete("content-security-policy");
  // Only a verified shared render reaches the page with this header.
  if (!shared) headers.delete(SHARED_RENDER_HEADER);
  headers.delete(SEARCH_LIMITED_HEADER);
  const limited = pathname === "/search" && req.method === "GET" ? searchRefusal(req) : null;
  if (limited !== null) headers.set(SEARCH_LIMITED_HEADER, String(limited));
  if (teaser) {
    const url = req.nextUrl.clone();
    url.pathname = teaser;
    return withPolicy(NextResponse.rewrite(url, { request: { headers } }), policy);
  }
  const res = withPolicy(NextResponse.next({ request: { headers } }), policy);
  if (shared) res.headers.set("x-accel-expires", String(SHARED_RENDER_SECONDS));
  if (limited !== null) res.headers.set("x-accel-expires", "0");
  // Only article pages use the pass (the front's shared full pages): minting it elsewhere would
  // put a database lookup on pages that need none, such as the cached home page.
  if (sessionToken && req.method === "GET" && m !== null) await addPass(res, req, sessionToken);
  return res;
}

/** Seconds this client must wait before searching again, or null (allowed, or no search asked: the empty page is free). */
function searchRefusal(req: NextRequest): number | null {
  const params = Object.fromEntries([...new Set(req.nextUrl.searchParams.keys())].map((k) => [k, req.nextUrl.searchParams.getAll(k)]).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
  if (!hasCriteria(parseSearchRequest(params))) return null;
  const r = takeSearchToken(clientIp(req.headers), appConfig().SEARCH_RATE_LIMIT_PER_MINUTE);
  return r.allowed ? null : r.retryAfterSeconds;
}

async function addPass(res: NextResponse, req: NextRequest, sessionToken: string) {
  if (hasValidPass(req.cookies.get(PASS_COOKIE)?.value, sessionToken)) return;
  try {
    const pass = await mintPassForSession(sessionToken);
    if (pass) res.cookies.set(pass.name, pass.value, { httpOnly: true, sameSite: "lax", secure: pass.secure, path: "/", maxAge: pass.maxAge });
    else res.cookies.delete(PASS_COOKIE);
  } catch (e) {
    // No pass only means this reader's pages come from the app, not the front's cache.
    log.warn("access pass not minted", { error: (e as Error).message });
  }
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
