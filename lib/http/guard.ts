// The one wrapper every route handler goes through: it resolves the viewer,
// checks the role the route needs before any work, and turns failures into
// clear responses (503 + Retry-After when the database is briefly away)
// without leaking internals.
import "server-only";
import { isStaff, type Viewer } from "../access/index.ts";
import { isDatabaseDown, noteDatabaseError } from "../db-health.ts";
import { config } from "../config.ts";
import { logger } from "../log.ts";

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

export function guard<C>(need: Requirement, handler: (req: Request, ctx: C & { viewer: Viewer }) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      const viewer = need === "public" ? null : await currentViewer();
      if (viewer && !allowed(viewer, need)) return json(viewer.userId ? 403 : 401, { error: viewer.userId ? "You do not have access to this." : "Please sign in." });
      return await handler(req, { ...ctx, viewer: viewer ?? (undefined as unknown as Viewer) });
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
