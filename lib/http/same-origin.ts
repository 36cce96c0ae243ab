// The same-origin rule for state-changing requests to route handlers (server
// actions have Next's own check), applied by lib/http/guard.ts to every
// POST/PUT/PATCH/DELETE unless the route says its requests carry their own
// authority (docs/decisions/0017-same-origin-rule.md). A browser says where a
// request comes from with Sec-Fetch-Site and Origin (every current browser
// sends Origin on a cross-site POST, form or fetch), or at least Referer. A
// request that names another site is refused. One that names none is not a
// browser's cross-site post, so it is let through: scripts, tests and
// server-to-server callers send none of these headers, and a cookie-less
// script gains nothing a browser's ambient cookies would give it.

/** Methods that change state, and so must come from the site's own pages. */
export const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const REFUSAL = "This request can only be sent from Trade Law Daily's own pages.";

/** 403 for a cross-site request: plain text for an HTML form's post (a reader sees it as the page), JSON otherwise. */
export function refusedCrossSite(headers?: Headers): Response {
  const type = headers?.get("content-type") ?? "";
  const form = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i.test(type);
  return form
    ? new Response(REFUSAL, { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } })
    : new Response(JSON.stringify({ code: "cross-site", error: REFUSAL, message: REFUSAL }), {
        status: 403,
        headers: { "content-type": "application/json", "cache-control": "no-store" },
      });
}

/** The hosts the site answers to: the configured site address and the Host the request came in on (nginx passes it on). */
function ownHosts(headers: Headers, siteUrl: string): Set<string> {
  const hosts = new Set([new URL(siteUrl).host]);
  const host = headers.get("host");
  if (host) hosts.add(host);
  return hosts;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export function isSameOriginPost(headers: Headers, siteUrl: string): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  const hosts = ownHosts(headers, siteUrl);
  const origin = headers.get("origin");
  if (origin !== null) {
    const h = origin === "null" ? null : hostOf(origin);
    return h !== null && hosts.has(h);
  }
  const referer = headers.get("referer");
  if (referer !== null) {
    const h = hostOf(referer);
    return h !== null && hosts.has(h);
  }
  return true;
}
