// CSRF check for plain HTML form posts (server actions have Next's own): a
// browser says where a POST comes from with Sec-Fetch-Site and Origin (every
// current browser sends Origin on POST), or at least Referer. A request that
// names another site is refused. One that names none is not a browser's
// cross-site form post (those always carry Origin), so it is let through:
// scripts and tests post without these headers.

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
