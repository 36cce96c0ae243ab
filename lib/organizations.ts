// Company site licences: an organisation with a seat count, admins who add
// and remove members, and email domains whose verified addresses join on
// sign-in. Members read as subscribers through the organisation's subscription.
import { z } from "zod";
import { GRANTING_STATUSES, type Viewer } from "./access/index.ts";
import { db } from "./db.ts";
import { sendMail } from "./email/mailer.ts";
import { config } from "./config.ts";
import { logger } from "./log.ts";
import { normaliseEmail } from "./auth/magic-link.ts";

const log = logger("organizations");

export type OrgResult = { ok: true; message: string } | { ok: false; message: string };

export const domainList = z
  .string()
  .max(1000)
  .transform((s) =>
    s
      .split(/[\s,]+/)
      .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, "Domains look like example.com")).max(20));

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

export async function organizationsOf(userId: string) {
  return db().organizationMember.findMany({
    where: { userId },
    select: { isAdmin: true, organization: { select: { id: true, name: true, seats: true, _count: { select: { members: true } } } } },
  });
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
      members: { select: { isAdmin: true, joinedAt: true, user: { select: { id: true, email: true } } }, orderBy: { joinedAt: "asc" } },
      subscriptions: { select: { status: true, currentPeriodEnd: true, cancelAtPeriodEnd: true }, take: 1, orderBy: { createdAt: "desc" } },
    },
  });
}

export class SeatsFull extends Error {}

/** Take a seat in a transaction that locks the organisation row, so two joins never overfill it. */
export async function takeSeat(orgId: string, userId: string, isAdmin = false) {
  return db().$transaction(async (tx) => {
    const [org] = await tx.$queryRaw<{ seats: number }[]>`select "seats" from "Organization" where "id" = ${orgId} for update`;
    const existing = await tx.organizationMember.findUnique({ where: { organizationId_userId: { organizationId: orgId, userId } }, select: { userId: true } });
    if (existing) return "already";
    const used = await tx.organizationMember.count({ where: { organizationId: orgId } });
    if (used >= org.seats) throw new SeatsFull(`All ${org.seats} seats of this licence are taken.`);
    await tx.organizationMember.create({ data: { organizationId: orgId, userId, isAdmin } });
    return "joined";
  });
}

export async function addMember(orgId: string, emailInput: unknown, viewer: Viewer): Promise<OrgResult> {
  if (!(await canAdminister(orgId, viewer))) return { ok: false, message: "Only the licence's administrators can add members." };
  const email = normaliseEmail(emailInput);
  if (!email) return { ok: false, message: "Please enter a valid email address." };
  const user = await db().user.upsert({ where: { email }, create: { email }, update: {}, select: { id: true } });
  try {
    const r = await takeSeat(orgId, user.id);
    if (r === "already") return { ok: true, message: `${email} is already a member.` };
  } catch (e) {
    if (e instanceof SeatsFull) return { ok: false, message: `${e.message} Remove a member or add seats in billing before adding ${email}.` };
    throw e;
  }
  const org = await db().organization.findUnique({ where: { id: orgId }, select: { name: true } });
  await sendMail({
    to: email,
    subject: `You have a seat on ${org?.name}'s Trade Law Daily licence`,
    text: `${org?.name} added you to its Trade Law Daily site licence.\n\nSign in with this address at ${config().siteUrl}/sign-in to read every article in full.`,
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
  if (!(await canAdminister(orgId, viewer))) return { ok: false, message: "Only the licence's administrators can change domains." };
  const parsed = domainList.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Please list domains like example.com." };
  await db().organization.update({ where: { id: orgId }, data: { allowedDomains: parsed.data } });
  return {
    ok: true,
    message: parsed.data.length ? `Colleagues at ${parsed.data.join(", ")} join when they sign in.` : "No domains: members join only when you add them.",
  };
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
