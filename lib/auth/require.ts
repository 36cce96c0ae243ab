// Page-level role checks for the newsroom. Route handlers use lib/http/guard.ts,
// server actions call requireStaff/requireAdmin first.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { isSharedRenderViewer, isStaff, type Viewer } from "../access/index.ts";
import { currentViewer } from "../access/current.ts";

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

/**
 * The publisher's usage pages: site admins, or the front's shared render of the
 * page (decision 36), which it serves only to holders of the page's report pass.
 */
export async function requireAdminOrSharedReport(returnTo: string): Promise<Viewer> {
  const v = await currentViewer();
  return isSharedRenderViewer(v) ? v : requireAdmin(returnTo);
}
