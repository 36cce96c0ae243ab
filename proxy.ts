import { NextResponse, type NextRequest } from "next/server";

// Requests without a session cookie go to the statically cached teaser route;
// everyone else to the per-request route. This is routing for speed only:
// the access decision itself is made in lib/access.ts on both routes, so a
// bypassed or forged proxy decision cannot reveal a body.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const m = pathname.match(/^\/articles\/(\d{10})(\/[^/]*)?\/?$/);
  if (m && !SESSION_COOKIES.some((c) => req.cookies.has(c))) {
    const url = req.nextUrl.clone();
    url.pathname = `/teaser/${m[1]}${m[2] ?? ""}`;
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/articles/:path*"] };
