// Who receives an edition: every reader with full access today — own or
// organisation subscription, complimentary access, or a running free
// preview — who has not opted out. Decided with the same rules as reading.
import { canReadLibrary, isStaff, mayHaveFullAccessWhere, viewersWhere } from "../access/index.ts";

export async function editionRecipients(now = new Date()): Promise<{ userId: string; email: string }[]> {
  const candidates = await viewersWhere({ emailOptOut: false, ...mayHaveFullAccessWhere(now) });
  // Staff read everything but are not subscribers; they get the email only through a subscription or preview.
  return candidates.filter((v) => canReadLibrary({ ...v, role: isStaff(v) ? null : v.role }, now)).map((v) => ({ userId: v.userId!, email: v.email! }));
}
