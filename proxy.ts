// Every request, in order (each step is a small function in lib/proxy/ with
// its own unit test, tests/unit/proxy-steps.test.ts):
// 1. outage: while the database is away, requests that need it get a 503 at once.
// 2. bad query: a query a page cannot use (an impossible date, a NUL) is a 400 that says what is wrong.
// 3. route: an anonymous article request goes to the cached teaser route; the
//    front's verified shared render and signed-in readers to the per-request one.
// 4. CSP: the request's nonce (the front's placeholder behind the front, a fresh
//    one per response otherwise), on the request for Next and on the response.
// 5. search limit: a search beyond the client's allowance is refused before it renders.
// 6. front cache: how long the front may keep this answer (X-Accel-Expires).
// 7. access pass: a signed-in article reader gets one, for the front's shared pages;
//    a usage report's admin gets a report pass, for the front's copy of that report (decision 36).
// Office ranges (decision 22): the front's "is this address in an office range?" is
// answered here; a request without a session from such an address is routed to the
// per-request article page (3) and its answers are never kept by the front (6).
import { NextResponse, type NextRequest } from "next/server";
import { siteKey } from "./lib/access/site-key.ts";
import { config as appConfig } from "./lib/config.ts";
import { BASE_POLICY } from "./lib/csp.ts";
import { databaseMarkedDown, databaseReachable } from "./lib/db-health.ts";
import { ACCEL_EXPIRES_HEADER, FRONT_HEADER, SEARCH_LIMITED_HEADER, SESSION_COOKIES, SHARED_RENDER_HEADER } from "./lib/front/contract.ts";
import { isFrontToken, noncePlaceholder } from "./lib/front/secrets.ts";
import { policiesFor } from "./lib/proxy/csp.ts";
import { frontCacheSeconds } from "./lib/proxy/front-cache.ts";
import { needsDatabase, outageAnswer } from "./lib/proxy/outage.ts";
import { badQueryResponse, queryProblem } from "./lib/http/query-check.ts";
import { attachPass } from "./lib/proxy/pass.ts";
import { inOfficeRange, officeCheckAnswer } from "./lib/proxy/office.ts";
import { articleRoute } from "./lib/proxy/route.ts";
import { isSharedRender } from "./lib/access/pass.ts";
import { reportScope } from "./lib/access/report-pass.ts";
import { attachReportPass } from "./lib/proxy/report-pass.ts";
import { searchRefusal } from "./lib/proxy/search-limit.ts";
import { BUILD_ID_HEADER, buildId } from "./lib/build-id.ts";

const DEV = process.env.NODE_ENV === "development";

function withBasePolicy(res: NextResponse): NextResponse {
  res.headers.set("content-security-policy", BASE_POLICY);
  return res;
}

/** Every answer names the build that made it (a rolling deploy serves two; decision 35). */
export async function proxy(req: NextRequest) {
  const res = await answer(req);
  res.headers.set(BUILD_ID_HEADER, buildId());
  return res;
}

async function answer(req: NextRequest): Promise<NextResponse> {
  const path = req.nextUrl.pathname;
  const sessionToken = SESSION_COOKIES.map((c) => req.cookies.get(c)?.value).find(Boolean);
  const hasSession = sessionToken !== undefined;

  if (needsDatabase(req, hasSession) && (databaseMarkedDown() || !(await databaseReachable(appConfig().DATABASE_URL)))) return outageAnswer(req);
  const problem = queryProblem(path, req.nextUrl.searchParams);
  if (problem !== null) return withBasePolicy(badQueryResponse(problem));

  const key = siteKey();
  const behindFront = isFrontToken(key, req.headers.get(FRONT_HEADER));
  const officeAnswer = await officeCheckAnswer(req, behindFront);
  if (officeAnswer) return officeAnswer;
  const office = await inOfficeRange(req, { hasSession, sharedRender: isSharedRender(key, req.headers.get(SHARED_RENDER_HEADER)) });
  const route = articleRoute(req, hasSession, key, office);
  const report = reportScope(path);
  // The front filling its copy of a usage report: rendered for "an admin of this report", no person (decision 36).
  const sharedReport = report !== null && !hasSession && req.method === "GET" && isSharedRender(key, req.headers.get(SHARED_RENDER_HEADER));
  const policies = policiesFor({ path: route.kind === "teaser" ? route.path : path, behindFront, dev: DEV, placeholder: () => noncePlaceholder(key) });
  const limited = await searchRefusal(req);

  const headers = new Headers(req.headers);
  if (policies.request) headers.set("content-security-policy", policies.request);
  else headers.delete("content-security-policy");
  // Only a verified shared render reaches the page with this header; only this step says a search was refused.
  if (route.kind !== "shared" && !sharedReport) headers.delete(SHARED_RENDER_HEADER);
  headers.delete(SEARCH_LIMITED_HEADER);
  if (limited !== null) headers.set(SEARCH_LIMITED_HEADER, String(limited));

  let res: NextResponse;
  if (route.kind === "teaser") {
    const url = req.nextUrl.clone();
    url.pathname = route.path;
    res = NextResponse.rewrite(url, { request: { headers } });
  } else res = NextResponse.next({ request: { headers } });
  res.headers.set("content-security-policy", policies.response);

  const keep = frontCacheSeconds({
    path,
    method: req.method,
    hasSession,
    behindFront,
    shared: route.kind === "shared" || sharedReport,
    searchRefused: limited !== null,
    office,
  });
  if (keep !== null) res.headers.set(ACCEL_EXPIRES_HEADER, String(keep));

  if (sessionToken && req.method === "GET" && route.kind === "signed-in") await attachPass(res, req, sessionToken);
  if (sessionToken && req.method === "GET" && report) await attachReportPass(res, req, sessionToken, report);
  return res;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
