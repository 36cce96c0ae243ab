// The one wrapper for newsroom server actions: the role is checked on the
// server before anything else, and a refusal has one shape (status 403) so
// the authorization test can recognise it for every action.
import "server-only";
import type { Viewer } from "../access/index.ts";
import { isStaff } from "../access/index.ts";
import { logger } from "../log.ts";
import { currentViewer } from "../access/current.ts";

const log = logger("newsroom");

export type Refused = { ok: false; status: 403; message: string };

export async function asStaff<T>(need: "editor" | "admin", fn: (viewer: Viewer & { userId: string }) => Promise<T>): Promise<T | Refused> {
  const viewer = await currentViewer();
  const allowed = need === "admin" ? viewer.role === "ADMIN" : isStaff(viewer);
  if (!allowed || !viewer.userId) {
    log.warn("newsroom action refused", { userId: viewer.userId ?? "anonymous", need });
    return { ok: false, status: 403, message: need === "admin" ? "Administrators only." : "Editors only." };
  }
  return fn(viewer as Viewer & { userId: string });
}
