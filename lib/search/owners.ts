// The access of alert owners, decided by lib/access.ts like any viewer's.
// Alerts are matched and sent by the job worker, outside any request, where
// lib/viewer.ts (next-auth, "server-only") cannot be loaded; so the viewer is
// rebuilt here from the same rows viewerForUser() reads.
import { canReadLibrary, type AccessPolicy } from "../access.ts";
import { accessPolicy } from "../articles/access-policy.ts";
import { viewersWhere } from "../viewers.ts";

export type AlertOwner = { userId: string; email: string; fullText: boolean };

export function ownerPolicy(): AccessPolicy {
  return accessPolicy();
}

export async function alertOwners(userIds: string[], now = new Date()): Promise<Map<string, AlertOwner>> {
  if (!userIds.length) return new Map();
  const viewers = await viewersWhere({ id: { in: [...new Set(userIds)] } });
  const policy = ownerPolicy();
  return new Map(viewers.map((v) => [v.userId!, { userId: v.userId!, email: v.email!, fullText: canReadLibrary(v, now, policy) }]));
}
