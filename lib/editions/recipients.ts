// Who receives an edition: every reader with full access today — own or
// organisation subscription, complimentary access, or a running free
// preview — who has not opted out. Decided with the same rules as reading.
import { canReadLibrary, isStaff } from "../access.ts";
import { accessPolicy } from "../articles/access-policy.ts";
import { viewersWhere } from "../viewers.ts";

export async function editionRecipients(now = new Date()): Promise<{ userId: string; email: string }[]> {
  const policy = accessPolicy();
  const candidates = await viewersWhere({
    emailOptOut: false,
    OR: [{ previewEndsAt: { gt: now } }, { subscriptions: { some: {} } }, { memberships: { some: {} } }],
  });
  // Staff read everything but are not subscribers; they get the email only through a subscription or preview.
  return candidates
    .filter((v) => canReadLibrary({ ...v, role: isStaff(v) ? null : v.role }, now, policy))
    .map((v) => ({ userId: v.userId!, email: v.email! }));
}
