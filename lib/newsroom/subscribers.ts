// The admin's view of who has access and why: individual subscriptions,
// site licences, complimentary grants.
import "server-only";
import { z } from "zod";
import { audit } from "../audit.ts";
import { db } from "../db.ts";
import { normaliseEmail } from "../auth/magic-link.ts";
import { listPage } from "./articles.ts";
import { setSeatCount } from "../licence/seats.ts";
import { approveDomain } from "../licence/domains.ts";

export async function listSubscribers(opts: { q?: string; page?: number }) {
  const q = typeof opts.q === "string" ? opts.q.trim().toLowerCase().slice(0, 100) : undefined;
  const page = listPage.parse(opts.page);
  const where = {
    ...(q ? { email: { contains: q } } : {}),
    OR: [{ subscriptions: { some: {} } }, { memberships: { some: {} } }],
  };
  const [rows, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * 50,
      take: 50,
      select: {
        id: true,
        email: true,
        subscriptions: {
          select: { id: true, plan: true, status: true, currentPeriodEnd: true, cancelAtPeriodEnd: true, complimentary: true },
          orderBy: { createdAt: "desc" },
        },
        memberships: {
          select: {
            isAdmin: true,
            organization: { select: { id: true, name: true, subscriptions: { select: { status: true, currentPeriodEnd: true }, take: 1 } } },
          },
        },
      },
    }),
    db().user.count({ where }),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / 50)),
    rows: rows.flatMap((u) => [
      ...u.subscriptions.map((s) => ({
        key: s.id,
        email: u.email,
        plan: s.plan,
        status: s.status,
        periodEnd: s.currentPeriodEnd,
        source: s.complimentary ? "complimentary" : "stripe",
        cancelAtPeriodEnd: s.cancelAtPeriodEnd,
      })),
      ...u.memberships.map((m) => ({
        key: `${u.id}-${m.organization.id}`,
        email: u.email,
        plan: `site licence: ${m.organization.name}${m.isAdmin ? " (admin)" : ""}`,
        status: m.organization.subscriptions[0]?.status ?? "NONE",
        periodEnd: m.organization.subscriptions[0]?.currentPeriodEnd ?? null,
        source: "organization",
        cancelAtPeriodEnd: false,
      })),
    ]),
  };
}

export const complimentaryInput = z.object({
  email: z.string(),
  until: z.coerce.date().refine((d) => d.getTime() > Date.now(), "The end date must be in the future."),
});

export async function grantComplimentary(actorId: string, input: unknown): Promise<{ ok: boolean; message: string }> {
  const parsed = complimentaryInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid input." };
  const email = normaliseEmail(parsed.data.email);
  if (!email) return { ok: false, message: "Please enter a valid email address." };
  const user = await db().user.upsert({ where: { email }, create: { email }, update: {}, select: { id: true } });
  await db().$transaction(async (tx) => {
    await tx.subscription.create({
      data: { userId: user.id, plan: "complimentary", status: "ACTIVE", complimentary: true, currentPeriodEnd: parsed.data.until },
    });
    await audit(actorId, "access.complimentary", email, { until: parsed.data.until.toISOString() }, tx);
  });
  return { ok: true, message: `${email} has complimentary access until ${parsed.data.until.toISOString().slice(0, 10)}.` };
}

export async function listOrganizations() {
  const orgs = await db().organization.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      seats: true,
      allowedDomains: true,
      pendingDomains: true,
      _count: { select: { members: { where: { suspendedAt: null } } } },
      subscriptions: { select: { status: true, currentPeriodEnd: true }, take: 1 },
    },
  });
  return orgs.map(({ _count, ...o }) => ({ ...o, seatsUsed: _count.members }));
}

/** A newsroom admin confirms that a domain a licence listed is the company's (lib/licence/domains.ts). */
export async function approveJoinDomain(actorId: string, orgId: string, domain: unknown): Promise<{ ok: boolean; message: string }> {
  const r = await approveDomain(orgId, domain);
  if (r.ok) await audit(actorId, "organization.domain.approve", orgId, { domain: String(domain) });
  return r;
}

export async function setSeats(actorId: string, orgId: string, seatsInput: unknown): Promise<{ ok: boolean; message: string }> {
  const seats = z.coerce.number().int().min(1).max(10_000).safeParse(seatsInput);
  if (!seats.success) return { ok: false, message: "Seats must be a whole number from 1 to 10,000." };
  const org = await db().organization.findUnique({ where: { id: orgId }, select: { name: true } });
  if (!org) return { ok: false, message: "No such organisation." };
  const change = await setSeatCount(orgId, seats.data);
  await audit(actorId, "organization.seats", org.name, { seats: seats.data, suspended: change.suspended.length, reinstated: change.reinstated.length });
  const cut = change.suspended.length
    ? ` ${change.suspended.length} most recently joined member(s) lost their seats: ${change.suspended.map((m) => m.email).join(", ")}.`
    : "";
  const back = change.reinstated.length ? ` ${change.reinstated.length} member(s) got their seats back.` : "";
  return { ok: true, message: `${org.name} now has ${seats.data} seats.${cut}${back}` };
}
