// Who is looking. Resolved on the server from the next-auth database session;
// returns a small object that lib/access.ts decides on.
import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { ANONYMOUS, type Grant, type Viewer } from "./access.ts";
import { authOptions } from "./auth/options.ts";
import { db } from "./db.ts";

const grantSelect = { status: true, currentPeriodEnd: true, cancelAtPeriodEnd: true, pastDueSince: true, complimentary: true } as const;

/** The viewer for a user id: role, preview window, and every subscription that could let them read. */
export async function viewerForUser(userId: string): Promise<Viewer> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      role: true,
      previewEndsAt: true,
      subscriptions: { select: grantSelect },
      memberships: { select: { organization: { select: { subscriptions: { select: grantSelect } } } } },
    },
  });
  if (!user) return ANONYMOUS;
  const grants: Grant[] = [
    ...user.subscriptions.map((s) => ({ ...s, source: s.complimentary ? ("complimentary" as const) : ("individual" as const) })),
    ...user.memberships.flatMap((m) => m.organization.subscriptions.map((s) => ({ ...s, source: "organization" as const }))),
  ];
  return { userId: user.id, email: user.email, role: user.role, previewEndsAt: user.previewEndsAt, grants };
}

/** The viewer of the current request (once per request). */
export const currentViewer = cache(async (): Promise<Viewer> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (id) return viewerForUser(id);
  const email = session?.user?.email;
  if (!email) return ANONYMOUS;
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  return user ? viewerForUser(user.id) : ANONYMOUS;
});
