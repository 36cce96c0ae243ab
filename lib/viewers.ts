// Building Viewers from user rows, outside any request: one query shape and
// one mapping, shared by the request's viewer (lib/viewer.ts), the edition's
// recipients and the alert owners. Not server-only, so the job worker can use it.
import type { Grant, Viewer } from "./access.ts";
import { db } from "./db.ts";

const grantSelect = { status: true, currentPeriodEnd: true, cancelAtPeriodEnd: true, pastDueSince: true, complimentary: true } as const;

export const viewerSelect = {
  id: true,
  email: true,
  role: true,
  previewEndsAt: true,
  subscriptions: { select: grantSelect },
  memberships: { select: { organization: { select: { subscriptions: { select: grantSelect } } } } },
} as const;

type GrantRow = { status: Grant["status"]; currentPeriodEnd: Date; cancelAtPeriodEnd: boolean; pastDueSince: Date | null; complimentary: boolean };
type ViewerRow = {
  id: string;
  email: string;
  role: Viewer["role"];
  previewEndsAt: Date | null;
  subscriptions: GrantRow[];
  memberships: { organization: { subscriptions: GrantRow[] } }[];
};

export function toViewer(u: ViewerRow): Viewer {
  const grants: Grant[] = [
    ...u.subscriptions.map(({ complimentary, ...s }) => ({ ...s, source: complimentary ? ("complimentary" as const) : ("individual" as const) })),
    ...u.memberships.flatMap((m) => m.organization.subscriptions.map(({ complimentary: _c, ...s }) => ({ ...s, source: "organization" as const }))),
  ];
  return { userId: u.id, email: u.email, role: u.role, previewEndsAt: u.previewEndsAt, grants };
}

export async function viewersWhere(where: NonNullable<Parameters<ReturnType<typeof db>["user"]["findMany"]>[0]>["where"]): Promise<Viewer[]> {
  const rows = await db().user.findMany({ where, select: viewerSelect });
  return rows.map(toViewer);
}

/** The viewer behind a next-auth session token, and when that session ends; null for an unknown or expired session. */
export async function viewerForSessionToken(sessionToken: string, now: Date): Promise<{ viewer: Viewer; sessionExpires: Date } | null> {
  const s = await db().session.findUnique({ where: { sessionToken }, select: { expires: true, user: { select: viewerSelect } } });
  if (!s || s.expires.getTime() <= now.getTime()) return null;
  return { viewer: toViewer(s.user), sessionExpires: s.expires };
}
