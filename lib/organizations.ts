// Company site licences: an organisation with a seat count, admins who add
// and remove members, and email domains whose verified addresses join on
// sign-in. Members read as subscribers through the organisation's subscription,
// unless their seat was cut (suspended: lib/licence/seats.ts).
import { GRANTING_STATUSES, isSharedRenderViewer, type Viewer } from "./access/index.ts";
import { db } from "./db.ts";
import { sendMail } from "./email/mailer.ts";
import { config } from "./config.ts";
import { logger } from "./log.ts";
import { normaliseEmail } from "./auth/magic-link.ts";
import { replaceDomains } from "./licence/domains.ts";
import { canAdminister } from "./licence/administer.ts";
import { hitLimit } from "./rate-limit.ts";

export { canAdminister };

const log = logger("organizations");

export type OrgResult = { ok: true; message: string } | { ok: false; message: string };

export async function organizationsOf(userId: string) {
  return db().organizationMember.findMany({
    where: { userId },
    select: { isAdmin: true, organization: { select: { id: true, name: true, seats: true, _count: { select: { members: true } } } } },
  });
}

/** The licence whose usage report this viewer may see (its admins; the front's shared render of it, decision 36), or null. */
export async function organizationForReport(orgId: string, viewer: Viewer): Promise<{ id: string; name: string } | null> {
  if (!isSharedRenderViewer(viewer) && !(await canAdminister(orgId, viewer))) return null;
  return db().organization.findUnique({ where: { id: orgId }, select: { id: true, name: true } });
}

export async function organizationForAdmin(orgId: string, viewer: Viewer) {
  if (!(await canAdminister(orgId, viewer))) return null;
  return db().organization.findUnique({
    where: { id: orgId },
    select: {
      id: true,
      name: true,
      seats: true,
      allowedDomains: true,
      pendingDomains: true,
      members: {
        select: { isAdmin: true, joinedAt: true, suspendedAt: true, user: { select: { id: true, email: true } } },
        orderBy: { joinedAt: "asc" },
      },
      subscriptions: { select: { status: true, currentPeriodEnd: true, cancelAtPeriodEnd: true }, take: 1, orderBy: { createdAt: "desc" } },
    },
  });
}

export class SeatsFull extends Error {}

/**
 * Take a seat in a transaction that locks the organisation row, so two joins
 * never overfill it. A suspended member (their seat was cut) takes a seat
 * again the same way; only members holding a seat count against the limit.
 */
export async function takeSeat(orgId: string, userId: string, isAdmin = false): Promise<"joined" | "already"> {
  return db().$transaction(async (tx) => {
    const [org] = await tx.$queryRaw<{ seats: number }[]>`select "seats" from "Organization" where "id" = ${orgId} for update`;
    const existing = await tx.organizationMember.findUnique({
      where: { organizationId_userId: { organizationId: orgId, userId } },
      select: { suspendedAt: true },
    });
    if (existing && !existing.suspendedAt) return "already";
    const used = await tx.organizationMember.count({ where: { organizationId: orgId, suspendedAt: null } });
    if (used >= org.seats) throw new SeatsFull(`All ${org.seats} seats of this licence are taken.`);
    if (existing) await tx.organizationMember.update({ where: { organizationId_userId: { organizationId: orgId, userId } }, data: { suspendedAt: null } });
    else await tx.organizationMember.create({ data: { organizationId: orgId, userId, isAdmin } });
    return "joined";
  });
}

/** Invitations a licence may send per hour: adding members is not a way to mail strangers at will. */
export const INVITATIONS_PER_HOUR = 10;

export async function addMember(orgId: string, emailInput: unknown, viewer: Viewer): Promise<OrgResult> {
  if (!(await canAdminister(orgId, viewer))) return { ok: false, message: "Only the licence's administrators can add members." };
  const email = normaliseEmail(emailInput);
  if (!email) return { ok: false, message: "Please enter a valid email address." };
  const already = await db().organizationMember.findFirst({ where: { organizationId: orgId, user: { email }, suspendedAt: null }, select: { userId: true } });
  if (already) return { ok: true, message: `${email} is already a member.` };
  const allowance = await hitLimit(`invite:org:${orgId}`, INVITATIONS_PER_HOUR, 3600);
  if (!allowance.allowed) {
    log.warn("invitations limited", { organizationId: orgId });
    const minutes = Math.ceil(allowance.retryAfterSeconds / 60);
    return {
      ok: false,
      message: `This licence has sent ${INVITATIONS_PER_HOUR} invitations in the last hour. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    };
  }
  // A person added here is a reader like any other: the account is made now,
  // and their free preview starts at their first sign-in (lib/access/preview.ts).
  const user = await db().user.upsert({ where: { email }, create: { email }, update: {}, select: { id: true } });
  try {
    const r = await takeSeat(orgId, user.id);
    if (r === "already") return { ok: true, message: `${email} is already a member.` };
  } catch (e) {
    if (e instanceof SeatsFull) return { ok: false, message: `${e.message} Remove a member or add seats in billing before adding ${email}.` };
    throw e;
  }
  // The subject carries no text an admin chose (names are the admin's to pick, the subject line is ours).
  await sendMail({
    to: email,
    subject: "You have a seat on a Trade Law Daily site licence",
    text:
      `${viewer.email ?? "A licence administrator"} gave you a seat on a company site licence for Trade Law Daily, the daily news service on customs and trade law.\n\n` +
      `Sign in with this address at ${config().siteUrl}/sign-in to read every article in full. If you did not expect this, you can ignore this email.`,
  }).catch((e) => log.warn("member notice not sent", { error: (e as Error).message }));
  log.info("member added", { organizationId: orgId });
  return { ok: true, message: `${email} now has a seat.` };
}

export async function removeMember(orgId: string, userId: string, viewer: Viewer): Promise<OrgResult> {
  if (!(await canAdminister(orgId, viewer))) return { ok: false, message: "Only the licence's administrators can remove members." };
  const { count } = await db().organizationMember.deleteMany({ where: { organizationId: orgId, userId } });
  log.info("member removed", { organizationId: orgId, removed: count });
  return count ? { ok: true, message: "Member removed; their access ended now." } : { ok: false, message: "That person is not a member." };
}

export async function setAllowedDomains(orgId: string, input: unknown, viewer: Viewer): Promise<OrgResult> {
  if (!viewer.userId || !(await canAdminister(orgId, viewer))) return { ok: false, message: "Only the licence's administrators can change domains." };
  const r = await replaceDomains(orgId, input, { userId: viewer.userId, isSiteAdmin: viewer.role === "ADMIN" });
  if (!r.ok) return r;
  const parts = [
    r.verified.length ? `Colleagues at ${r.verified.join(", ")} join when they sign in.` : "",
    r.pending.length
      ? `${r.pending.join(", ")} will admit colleagues once verified: sign in with an address there, or wait for Trade Law Daily to confirm the domain is your company's.`
      : "",
  ].filter(Boolean);
  log.info("licence domains changed", { organizationId: orgId, verified: r.verified.length, pending: r.pending.length });
  return { ok: true, message: parts.length ? parts.join(" ") : "No domains: members join only when you add them." };
}

/** A licence admin takes a member's seat back (the member stays listed; their licence access ends now). */
export async function suspendMember(orgId: string, userId: string, viewer: Viewer): Promise<OrgResult> {
  if (!(await canAdminister(orgId, viewer))) return { ok: false, message: "Only the licence's administrators can change seats." };
  const { count } = await db().organizationMember.updateMany({
    where: { organizationId: orgId, userId, suspendedAt: null },
    data: { suspendedAt: new Date() },
  });
  log.info("member seat taken back", { organizationId: orgId, changed: count });
  return count ? { ok: true, message: "Seat taken back; that member's access ended now." } : { ok: false, message: "That person does not hold a seat." };
}

/** A licence admin gives a suspended member a seat again, if one is free. */
export async function reinstateMember(orgId: string, userId: string, viewer: Viewer): Promise<OrgResult> {
  if (!(await canAdminister(orgId, viewer))) return { ok: false, message: "Only the licence's administrators can change seats." };
  const member = await db().organizationMember.findUnique({
    where: { organizationId_userId: { organizationId: orgId, userId } },
    select: { suspendedAt: true },
  });
  if (!member) return { ok: false, message: "That person is not a member." };
  try {
    await takeSeat(orgId, userId);
  } catch (e) {
    if (e instanceof SeatsFull) return { ok: false, message: `${e.message} Take a seat back from another member, or add seats in billing.` };
    throw e;
  }
  return { ok: true, message: "Seat given; that member reads in full again." };
}

/**
 * On sign-in (the address is verified by the magic link): join any licence
 * that names the address's domain and has a free seat. A full licence is
 * reported back so the account page can say so.
 */
export async function joinByDomain(userId: string, email: string): Promise<{ joined: string[]; full: string[] }> {
  const domain = email.split("@")[1]?.toLowerCase();
  const out = { joined: [] as string[], full: [] as string[] };
  if (!domain) return out;
  const orgs = await db().organization.findMany({
    where: { allowedDomains: { has: domain }, members: { none: { userId } }, subscriptions: { some: { status: { in: [...GRANTING_STATUSES] } } } },
    select: { id: true, name: true },
  });
  for (const org of orgs) {
    try {
      await takeSeat(org.id, userId);
      out.joined.push(org.name);
      log.info("joined by domain", { organizationId: org.id });
    } catch (e) {
      if (e instanceof SeatsFull) out.full.push(org.name);
      else throw e;
    }
  }
  return out;
}

/** Licences whose domain matches but that had no seat left for this reader. */
export async function fullLicencesFor(userId: string, email: string) {
  const domain = email.split("@")[1]?.toLowerCase();
  if (!domain) return [];
  const orgs = await db().organization.findMany({
    where: { allowedDomains: { has: domain }, members: { none: { userId } } },
    select: { name: true, seats: true, _count: { select: { members: true } } },
  });
  return orgs.filter((o) => o._count.members >= o.seats).map((o) => o.name);
}
