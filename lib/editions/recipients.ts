// Who receives an edition: every reader with full access today — own or
// organisation subscription, complimentary access, or a running free
// preview — who has not opted out. Decided with the same rules as reading.
import { grantIsActive, previewRunning, type Grant } from "../access.ts";
import { accessPolicy } from "../articles/access-policy.ts";
import { db } from "../db.ts";

const grantSelect = { status: true, currentPeriodEnd: true, cancelAtPeriodEnd: true, pastDueSince: true, complimentary: true } as const;

export async function editionRecipients(now = new Date()): Promise<{ userId: string; email: string }[]> {
  const policy = accessPolicy();
  const users = await db().user.findMany({
    where: {
      emailOptOut: false,
      OR: [{ previewEndsAt: { gt: now } }, { subscriptions: { some: {} } }, { memberships: { some: {} } }],
    },
    select: {
      id: true,
      email: true,
      previewEndsAt: true,
      subscriptions: { select: grantSelect },
      memberships: { select: { organization: { select: { subscriptions: { select: grantSelect } } } } },
    },
  });
  return users
    .filter((u) => {
      const grants: Grant[] = [
        ...u.subscriptions.map((s) => ({ ...s, source: s.complimentary ? ("complimentary" as const) : ("individual" as const) })),
        ...u.memberships.flatMap((m) => m.organization.subscriptions.map((s) => ({ ...s, source: "organization" as const }))),
      ];
      return grants.some((g) => grantIsActive(g, now, policy)) || previewRunning({ userId: u.id, email: u.email, role: null, previewEndsAt: u.previewEndsAt, grants }, now);
    })
    .map((u) => ({ userId: u.id, email: u.email }));
}
