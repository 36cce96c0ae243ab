// The one wrapper for newsroom server actions: the role is checked on the
// server before anything else, and a refusal has one shape (status 403) so
// the authorization test can recognise it for every action.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Viewer } from "../access/index.ts";
import { isNewsroomMember, isStaff } from "../access/index.ts";
import { logger } from "../log.ts";
import { currentViewer } from "../access/current.ts";

const log = logger("newsroom");

export type Refused = { ok: false; status: 403; message: string };

/**
 * "writer": anyone in the newsroom (writers too; the action then checks the
 * article with lib/newsroom/review.ts). "editor": editors and admins only.
 */
export async function asStaff<T>(need: "writer" | "editor" | "admin", fn: (viewer: Viewer & { userId: string }) => Promise<T>): Promise<T | Refused> {
  const viewer = await currentViewer();
  const allowed = need === "admin" ? viewer.role === "ADMIN" : need === "editor" ? isStaff(viewer) : isNewsroomMember(viewer);
  if (!allowed || !viewer.userId) {
    log.warn("newsroom action refused", { userId: viewer.userId ?? "anonymous", need });
    return { ok: false, status: 403, message: need === "admin" ? "Administrators only." : need === "editor" ? "Editors only." : "Newsroom staff only." };
  }
  return fn(viewer as Viewer & { userId: string });
}

/** Page-level check for pages writers may open too (editor-only pages use requireStaff). */
export async function requireNewsroom(returnTo = "/newsroom"): Promise<Viewer & { userId: string }> {
  const v = await currentViewer();
  if (!v.userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!isNewsroomMember(v)) forbidden();
  return v as Viewer & { userId: string };
}
