import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "./lib/config.ts";
import { databaseMarkedDown, databaseReachable } from "./lib/db-health.ts";

// 1. Requests without a session cookie go to the statically cached teaser
//    route; everyone else to the per-request route. This is routing for speed
//    only: the access decision is made in lib/access.ts on both routes, so a
//    bypassed or forged proxy decision cannot reveal a body.
// 2. While the database is unreachable, requests that need it get a clear 503
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

export async function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const hasSession = SESSION_COOKIES.some((c) => req.cookies.has(c));
  if (req.method !== "GET" || hasSession || NEEDS_DATABASE.test(pathname)) {
    if (databaseMarkedDown() || !(await databaseReachable(appConfig().DATABASE_URL))) return unavailable(req);
  }
  const m = pathname.match(/^\/articles\/(\d{10})(\/[^/]*)?\/?$/);
  if (m && !hasSession) {
    const url = req.nextUrl.clone();
    url.pathname = `/teaser/${m[1]}${m[2] ?? ""}`;
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
