// The one wrapper every route handler goes through: it refuses a state-changing
// request sent from another site (the same-origin rule, lib/http/same-origin.ts,
// docs/decisions/0017-same-origin-rule.md), resolves the viewer, checks the role
// the route needs before any work, and turns failures into clear responses
// (503 + Retry-After when the database is briefly away) without leaking internals.
import "server-only";
import { isStaff, type Viewer } from "../access/index.ts";
import { isDatabaseDown, noteDatabaseError } from "../db-health.ts";
import { config } from "../config.ts";
import { logger } from "../log.ts";
import { isSameOriginPost, refusedCrossSite, STATE_CHANGING } from "./same-origin.ts";

export { isDatabaseDown };
import { currentViewer } from "../access/current.ts";

const log = logger("http");

export type Requirement = "public" | "signed-in" | "editor" | "admin";

export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store", ...headers } });
}

export function allowed(viewer: Viewer, need: Requirement): boolean {
  if (need === "public") return true;
  if (need === "signed-in") return viewer.userId !== null;
  if (need === "editor") return isStaff(viewer);
  return viewer.role === "ADMIN";
}

export type GuardOptions = {
  /**
   * Who may send this route's state-changing requests (POST, PUT, PATCH, DELETE).
   * "same-origin" (the default): only the site's own pages; a request a browser
   * sends from another site is refused with 403 before any work.
   * "signed": anyone, because the request itself carries its authority (a
   * Stripe signature, an HMAC bearer, a signed unsubscribe token), and its
   * legitimate senders (Stripe, the job worker, mail providers' RFC 8058
   * one-click POSTs) are not our pages. Say why next to the route.
   */
  crossSite?: "same-origin" | "signed";
};

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

/** A public route gets no viewer (it resolves one itself if it needs to); every other route gets the checked viewer. */
export function guard<C>(need: "public", handler: Handler<C>, options?: GuardOptions): Handler<C>;
export function guard<C>(need: Exclude<Requirement, "public">, handler: Handler<C & { viewer: Viewer }>, options?: GuardOptions): Handler<C>;
export function guard<C>(need: Requirement, handler: Handler<C> | Handler<C & { viewer: Viewer }>, options: GuardOptions = {}): Handler<C> {
  const crossSite = options.crossSite ?? "same-origin";
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      if (crossSite === "same-origin" && STATE_CHANGING.has(req.method) && !isSameOriginPost(req.headers, config().siteUrl))
        return refusedCrossSite(req.headers);
      if (need === "public") return await (handler as Handler<C>)(req, ctx);
      const viewer = await currentViewer();
      if (!allowed(viewer, need)) return json(viewer.userId ? 403 : 401, { error: viewer.userId ? "You do not have access to this." : "Please sign in." });
      return await (handler as Handler<C & { viewer: Viewer }>)(req, { ...ctx, viewer });
    } catch (e) {
      if (isDatabaseDown(e)) {
        noteDatabaseError(e, config().DATABASE_URL);
        log.warn("database unavailable", { path: new URL(req.url).pathname });
        return json(503, { error: "The service is briefly unavailable. Please retry shortly." }, { "retry-after": "5" });
      }
      log.error("unhandled error in route handler", { path: new URL(req.url).pathname, error: (e as Error).message });
      return json(500, { error: "Something went wrong on our side." });
    }
  };
}
