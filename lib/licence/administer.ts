// Who administers a site licence: its admins, and site admins. One rule, used by
// every licence page and action (lib/organizations.ts, lib/ranges/store.ts) and
// by the report pass (lib/proxy/report-pass.ts), which must not pull in mail.
import type { Viewer } from "../access/index.ts";
import { db } from "../db.ts";

/** May this viewer administer the organisation? (its admins, and site admins) */
export async function canAdminister(orgId: string, viewer: Viewer): Promise<boolean> {
  if (!viewer.userId) return false;
  if (viewer.role === "ADMIN") return true;
  const m = await db().organizationMember.findUnique({
    where: { organizationId_userId: { organizationId: orgId, userId: viewer.userId } },
    select: { isAdmin: true },
  });
  return m?.isAdmin === true;
}
