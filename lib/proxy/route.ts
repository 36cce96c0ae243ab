// Step: where an article request goes. Without a session cookie (and from
// outside every office range), to the statically cached teaser route; with the front's verified shared-render
// header, to the per-request route rendered for "an entitled reader"; else to
// the per-request route. Routing for speed only: lib/access decides on every
// route, so a bypassed or forged routing decision cannot reveal a body.
import type { NextRequest } from "next/server";
import { isSharedRender, SHARED_RENDER_HEADER } from "../access/pass.ts";

const ARTICLE = /^\/articles\/(\d{10})(\/[^/]*)?\/?$/;

export type ArticleRoute = { kind: "not-article" } | { kind: "teaser"; path: string } | { kind: "shared" } | { kind: "signed-in" } | { kind: "office" };

/** `inOffice`: the request's address is in a site licence's office range (decision 22): rendered for it, never the cached teaser. */
export function articleRoute(req: NextRequest, hasSession: boolean, key: string, inOffice = false): ArticleRoute {
  const m = req.nextUrl.pathname.match(ARTICLE);
  if (!m) return { kind: "not-article" };
  if (hasSession) return { kind: "signed-in" };
  if (req.method === "GET" && isSharedRender(key, req.headers.get(SHARED_RENDER_HEADER))) return { kind: "shared" };
  if (inOffice) return { kind: "office" };
  return { kind: "teaser", path: `/teaser/${m[1]}${m[2] ?? ""}` };
}
