// Building Viewers from user rows, outside any request: one query shape and
// one mapping, shared by the request's viewer (resolve.ts), the edition's
// recipients and the alert owners. Not server-only, so the job worker can use it.
import { db } from "../db.ts";
import { ANONYMOUS, type Grant, type Viewer } from "./rules.ts";

export type SessionLike = { user?: { id?: string; email?: string | null } } | null;

const grantSelect = {
  status: true,
  currentPeriodEnd: true,
  cancelAtPeriodEnd: true,
  pastDueSince: true,
  unpaidInvoiceDueAt: true,
  complimentary: true,
} as const;

export const viewerSelect = {
  id: true,
  email: true,
  role: true,
  previewEndsAt: true,
  subscriptions: { select: grantSelect },
  // A member whose seat was cut (suspendedAt) reads nothing through the licence.
  memberships: { where: { suspendedAt: null }, select: { organization: { select: { subscriptions: { select: grantSelect } } } } },
} as const;

type GrantRow = {
  status: Grant["status"];
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  pastDueSince: Date | null;
  unpaidInvoiceDueAt: Date | null;
  complimentary: boolean;
};
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

/** The viewer for a user id: role, preview window, and every subscription that could let them read. */
export async function viewerForUser(userId: string): Promise<Viewer> {
  const user = await db().user.findUnique({ where: { id: userId }, select: viewerSelect });
  return user ? toViewer(user) : ANONYMOUS;
}

/** The viewer of a next-auth session (its user id, or for older sessions its email). */
export async function viewerForSession(session: SessionLike): Promise<Viewer> {
  const id = session?.user?.id;
  if (id) return viewerForUser(id);
  const email = session?.user?.email;
  if (!email) return ANONYMOUS;
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  return user ? viewerForUser(user.id) : ANONYMOUS;
}
