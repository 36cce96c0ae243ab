// A licence administrator changes the number of seats. Stripe prorates the
// change (proration_behavior create_prorations: a credit for the unused time
// of the old seats and a charge for the new ones, billed on the next invoice),
// and the administrator first sees that next invoice's amount from Stripe's
// invoice preview (invoices.createPreview), then confirms.
import type Stripe from "stripe";
import { z } from "zod";
import type { Viewer } from "../access/index.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { canAdminister } from "../organizations.ts";
import { stripe } from "./stripe.ts";
import { syncSubscription } from "./sync.ts";

const log = logger("billing");

export const seatChangeInput = z.object({
  organizationId: z.string().min(1).max(64),
  seats: z.coerce
    .number({ message: "Please give a number of seats." })
    .int("Seats are whole numbers.")
    .min(2, "A site licence has at least 2 seats.")
    .max(500, "For more than 500 seats, please contact us."),
});

export type SeatPreview = {
  organizationId: string;
  name: string;
  currentSeats: number;
  seats: number;
  /** Members holding a seat now: cutting below this suspends the most recently joined. */
  holding: number;
  currency: string;
  /** The prorated adjustment for the rest of this period (negative: a credit). */
  proration: number;
  /** The next invoice: the new seat count for the next period plus the adjustment. */
  nextInvoiceTotal: number;
  nextInvoiceDate: Date;
  byInvoice: boolean;
};

export type SeatPreviewResult = { ok: true; preview: SeatPreview } | { ok: false; message: string; notFound?: boolean };

async function licenceFor(organizationId: string, viewer: Viewer) {
  if (!(await canAdminister(organizationId, viewer))) return null;
  return db().organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
      seats: true,
      _count: { select: { members: { where: { suspendedAt: null } } } },
      subscriptions: { select: { stripeSubscriptionId: true, status: true }, take: 1, orderBy: { createdAt: "desc" } },
    },
  });
}

async function stripeItem(subscriptionId: string): Promise<{ sub: Stripe.Subscription; item: Stripe.SubscriptionItem }> {
  const sub = await stripe().subscriptions.retrieve(subscriptionId);
  return { sub, item: sub.items.data[0] };
}

export async function previewSeatChange(organizationId: string, seats: number, viewer: Viewer): Promise<SeatPreviewResult> {
  const org = await licenceFor(organizationId, viewer);
  if (!org) return { ok: false, message: "Unknown licence.", notFound: true };
  const subscriptionId = org.subscriptions[0]?.stripeSubscriptionId;
  if (!subscriptionId) return { ok: false, message: "This licence is not billed through us, so its seats are changed by our team. Please write to us." };
  if (seats === org.seats) return { ok: false, message: `The licence already has ${seats} seats.` };
  try {
    const { sub, item } = await stripeItem(subscriptionId);
    if (sub.status === "canceled") return { ok: false, message: "This licence has ended; buy a new one to change seats." };
    const preview = await stripe().invoices.createPreview({
      customer: typeof sub.customer === "string" ? sub.customer : sub.customer.id,
      subscription: sub.id,
      subscription_details: { items: [{ id: item.id, quantity: seats }], proration_behavior: "create_prorations" },
    });
    const proration = preview.lines.data.filter((l) => l.parent?.subscription_item_details?.proration).reduce((n, l) => n + l.amount, 0);
    return {
      ok: true,
      preview: {
        organizationId: org.id,
        name: org.name,
        currentSeats: org.seats,
        seats,
        holding: org._count.members,
        currency: preview.currency,
        proration,
        nextInvoiceTotal: preview.total,
        nextInvoiceDate: new Date((preview.created ?? item.current_period_end) * 1000),
        byInvoice: sub.collection_method === "send_invoice",
      },
    };
  } catch (e) {
    log.error("seat preview failed", { organizationId, error: (e as Error).message });
    return { ok: false, message: "We could not reach our payment provider to price the change. Nothing was changed; please try again in a minute." };
  }
}

export type SeatChangeResult = { ok: true; message: string } | { ok: false; message: string };

/** Apply a previewed change. Our database follows from Stripe's state (as a webhook would), so the page shows it at once. */
export async function changeSeats(organizationId: string, seats: number, viewer: Viewer): Promise<SeatChangeResult> {
  const org = await licenceFor(organizationId, viewer);
  if (!org) return { ok: false, message: "Unknown licence." };
  const subscriptionId = org.subscriptions[0]?.stripeSubscriptionId;
  if (!subscriptionId) return { ok: false, message: "This licence is not billed through us, so its seats are changed by our team." };
  try {
    const { item } = await stripeItem(subscriptionId);
    if (item.quantity !== seats) {
      await stripe().subscriptions.update(
        subscriptionId,
        { items: [{ id: item.id, quantity: seats }], proration_behavior: "create_prorations" },
        // The same confirmation posted twice changes the seats once.
        { idempotencyKey: `tld-seats-${subscriptionId}-${item.quantity}-${seats}` },
      );
    }
    await syncSubscription(subscriptionId);
    log.info("licence seats changed", { organizationId, from: item.quantity, to: seats });
    return { ok: true, message: `The licence now has ${seats} seats. The prorated difference is on your next invoice.` };
  } catch (e) {
    log.error("seat change failed", { organizationId, error: (e as Error).message });
    return { ok: false, message: "We could not reach our payment provider. Nothing was changed; please try again in a minute." };
  }
}
