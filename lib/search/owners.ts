// The access of alert owners, decided by lib/access like any viewer's.
// Alerts are matched and sent by the job worker, outside any request, where
// the request's viewer (next-auth, "server-only") cannot be loaded; so the
// viewer is rebuilt from the same rows viewerForUser() reads.
import { canReadLibrary, viewersWhere } from "../access/index.ts";

export type AlertOwner = { userId: string; email: string; fullText: boolean };

export async function alertOwners(userIds: string[], now = new Date()): Promise<Map<string, AlertOwner>> {
  if (!userIds.length) return new Map();
  const viewers = await viewersWhere({ id: { in: [...new Set(userIds)] } });
  return new Map(viewers.map((v) => [v.userId!, { userId: v.userId!, email: v.email!, fullText: canReadLibrary(v, now) }]));
}
