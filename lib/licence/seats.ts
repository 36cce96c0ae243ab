// Seats and members of a site licence. The number of seats can change from
// outside (the billing portal, via Stripe's webhook; the newsroom): when it
// falls below the members, the most recently joined lose licence access
// (suspended, still listed so the licence admin can choose differently);
// when it rises again, suspended members get their seats back, longest
// waiting first. Every change is one transaction that locks the licence
// row, so a replayed or concurrent webhook changes nothing twice.
import type { Prisma } from "../generated/prisma/client.ts";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { sendMail } from "../email/mailer.ts";
import { logger } from "../log.ts";

const log = logger("licence-seats");

type Tx = Prisma.TransactionClient;

export type SeatChange = {
  organizationId: string;
  seats: number;
  suspended: { userId: string; email: string }[];
  reinstated: { userId: string; email: string }[];
};

/** Set a licence's seats and make its members fit them (inside the caller's transaction). */
export async function fitMembersToSeats(tx: Tx, organizationId: string, seats: number, now = new Date()): Promise<SeatChange> {
  await tx.$queryRaw`select 1 from "Organization" where "id" = ${organizationId} for update`;
  await tx.organization.update({ where: { id: organizationId }, data: { seats } });
  const members = await tx.organizationMember.findMany({
    where: { organizationId },
    select: { userId: true, joinedAt: true, suspendedAt: true, user: { select: { email: true } } },
    orderBy: [{ joinedAt: "asc" }, { userId: "asc" }],
  });
  const active = members.filter((m) => !m.suspendedAt);
  const change: SeatChange = { organizationId, seats, suspended: [], reinstated: [] };
  if (active.length > seats) {
    // The most recently joined lose their seats.
    for (const m of active.slice(seats)) change.suspended.push({ userId: m.userId, email: m.user.email });
    await tx.organizationMember.updateMany({
      where: { organizationId, userId: { in: change.suspended.map((m) => m.userId) } },
      data: { suspendedAt: now },
    });
  } else if (active.length < seats) {
    const waiting = members
      .filter((m) => m.suspendedAt)
      .sort((a, b) => a.suspendedAt!.getTime() - b.suspendedAt!.getTime() || a.joinedAt.getTime() - b.joinedAt.getTime());
    for (const m of waiting.slice(0, seats - active.length)) change.reinstated.push({ userId: m.userId, email: m.user.email });
    if (change.reinstated.length)
      await tx.organizationMember.updateMany({
        where: { organizationId, userId: { in: change.reinstated.map((m) => m.userId) } },
        data: { suspendedAt: null },
      });
  }
  return change;
}

/** Tell each member whose seat was taken away or given back (after the transaction committed). */
export async function notifySeatChange(change: SeatChange): Promise<void> {
  if (!change.suspended.length && !change.reinstated.length) return;
  log.info("licence seats changed", {
    organizationId: change.organizationId,
    seats: change.seats,
    suspended: change.suspended.length,
    reinstated: change.reinstated.length,
  });
  const site = config().siteUrl;
  const sends = [
    ...change.suspended.map((m) =>
      sendMail({
        to: m.email,
        subject: "Your Trade Law Daily licence seat has ended",
        text:
          `Your company's Trade Law Daily site licence now has fewer seats than members, and your seat was one of the most recently added, so it has ended.\n\n` +
          `Your account stays. Your licence administrator can give you a seat again from the licence page, or you can subscribe yourself at ${site}/subscribe.`,
      }),
    ),
    ...change.reinstated.map((m) =>
      sendMail({
        to: m.email,
        subject: "Your Trade Law Daily licence seat is back",
        text: `Your company's Trade Law Daily site licence has a seat for you again: every article is open to you at ${site}.`,
      }),
    ),
  ];
  for (const r of await Promise.allSettled(sends)) if (r.status === "rejected") log.warn("seat notice not sent", { error: String(r.reason) });
}

/** Set the seats from outside a transaction (the newsroom) and notify. */
export async function setSeatCount(organizationId: string, seats: number): Promise<SeatChange> {
  const change = await db().$transaction((tx) => fitMembersToSeats(tx, organizationId, seats), { timeout: 20_000 });
  await notifySeatChange(change);
  return change;
}
