// Step: while the database is unreachable, a request that needs it gets a
// clear 503 with Retry-After at once; cached anonymous pages keep being served.
import { NextResponse, type NextRequest } from "next/server";
import { BASE_POLICY } from "../csp.ts";

/**
 * Paths whose answer always needs the database (anything signed in does too). The feed
 * and the sitemap render per request (decision 29), so no cached copy of them is left to serve.
 */
export const NEEDS_DATABASE =
  /^\/(account|newsroom|search|documents|sign-in|api|subscribe\/success|email|alerts|editions\/[^/]+\/pdf|feed\.xml|sitemap\.xml)(\/|$)/;

/** The health probes answer for themselves: liveness never needs the database, readiness reports it in its own JSON. */
const HEALTH_PROBES = /^\/(healthz|readyz)$/;

export function needsDatabase(req: NextRequest, hasSession: boolean): boolean {
  if (HEALTH_PROBES.test(req.nextUrl.pathname)) return false;
  return req.method !== "GET" || hasSession || NEEDS_DATABASE.test(req.nextUrl.pathname);
}

export function outageAnswer(req: NextRequest): NextResponse {
  const headers = { "retry-after": "5", "cache-control": "no-store", "content-security-policy": BASE_POLICY };
  if (req.nextUrl.pathname.startsWith("/api/"))
    return NextResponse.json({ error: "The service is briefly unavailable. Please retry shortly." }, { status: 503, headers });
  return new NextResponse(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Briefly unavailable | Trade Law Daily</title><body style="font:16px/1.5 Georgia,serif;max-width:560px;margin:3rem auto;padding:0 1rem"><p style="color:#7a1f1f;font-weight:bold;font-size:22px">Trade Law Daily</p><h1 style="font-size:26px">We are briefly unavailable</h1><p>Part of our service is restarting. Please try again in a few seconds; nothing you did was lost.</p></body></html>`,
    { status: 503, headers: { ...headers, "content-type": "text/html; charset=utf-8" } },
  );
}
