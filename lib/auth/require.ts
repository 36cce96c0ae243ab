// Page-level role checks for the newsroom. Route handlers use lib/http/guard.ts,
// server actions call requireStaff/requireAdmin first.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { isStaff, type Viewer } from "../access.ts";
import { currentViewer } from "../viewer.ts";

export async function requireStaff(returnTo = "/newsroom"): Promise<Viewer> {
  const v = await currentViewer();
  if (!v.userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!isStaff(v)) forbidden();
  return v;
}

export async function requireAdmin(returnTo = "/newsroom"): Promise<Viewer> {
  const v = await requireStaff(returnTo);
  if (v.role !== "ADMIN") forbidden();
  return v;
}

export class NotAllowed extends Error {}

/** For server actions: the same checks, as an exception the action turns into a 403-style answer. */
export async function staffOrThrow(): Promise<Viewer> {
  const v = await currentViewer();
  if (!isStaff(v)) throw new NotAllowed("Editors only.");
  return v;
}

export async function adminOrThrow(): Promise<Viewer> {
  const v = await currentViewer();
  if (v.role !== "ADMIN") throw new NotAllowed("Administrators only.");
  return v;
}
