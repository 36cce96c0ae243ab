// Stripe is the source of truth for payments; our database for access.
// Every subscription-related event makes us read the subscription's CURRENT
// state from Stripe and write it, under a per-subscription lock, so events
// that arrive twice, late or out of order all converge on Stripe's state.
import type Stripe from "stripe";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { planByLookupKey } from "./plans.ts";
import { stripe } from "./stripe.ts";
import { fitMembersToSeats, notifySeatChange, type SeatChange } from "../licence/seats.ts";

const log = logger("billing");

type Status = "TRIALING" | "ACTIVE" | "PAST_DUE" | "CANCELED" | "INCOMPLETE" | "INCOMPLETE_EXPIRED" | "UNPAID" | "PAUSED";
const STATUS: Record<Stripe.Subscription.Status, Status> = {
  trialing: "TRIALING",
  active: "ACTIVE",
  past_due: "PAST_DUE",
  canceled: "CANCELED",
  incomplete: "INCOMPLETE",
  incomplete_expired: "INCOMPLETE_EXPIRED",
  unpaid: "UNPAID",
  paused: "PAUSED",
};

/** API 2026-10-28 carries the current period on the subscription's items, not on the subscription. */
export function periodEnd(sub: Stripe.Subscription): Date {
  const seconds = sub.items?.data?.[0]?.current_period_end;
  if (!seconds) throw new Error(`subscription ${sub.id} has no current period end`);
  return new Date(seconds * 1000);
}

/**
 * Invoice billing (collection_method send_invoice): access starts when the
 * first invoice is finalized (a draft first invoice → INCOMPLETE, no access),
 * is kept while open invoices are within their terms, and each open
 * invoice's due date bounds it (unpaidInvoiceDueAt: lib/access/rules.ts adds
 * the grace days). Read from Stripe's current invoices, so order of events
 * does not matter.
 */
export async function invoiceTerms(sub: Stripe.Subscription): Promise<{ firstInvoiceDraft: boolean; unpaidDueAt: Date | null }> {
  if (sub.collection_method !== "send_invoice") return { firstInvoiceDraft: false, unpaidDueAt: null };
  const invoices = await stripe().invoices.list({ subscription: sub.id, limit: 100 });
  const first = invoices.data.find((i) => i.billing_reason === "subscription_create");
  const dues = invoices.data.filter((i) => i.status === "open" && i.due_date).map((i) => i.due_date!);
  return { firstInvoiceDraft: first?.status === "draft", unpaidDueAt: dues.length ? new Date(Math.min(...dues) * 1000) : null };
}

async function userIdFor(sub: Stripe.Subscription): Promise<string | null> {
  if (sub.metadata?.userId) {
    const u = await db().user.findUnique({ where: { id: sub.metadata.userId }, select: { id: true } });
    if (u) return u.id;
  }
  const customer = typeof sub.customer === "string" ? sub.customer : sub.customer.id;
  const byCustomer = await db().user.findUnique({ where: { stripeCustomerId: customer }, select: { id: true } });
  return byCustomer?.id ?? null;
}

export async function syncSubscription(subscriptionId: string): Promise<void> {
  let seatChange: SeatChange | null = null;
  await db().$transaction(
    async (tx) => {
      // Serialise work on one subscription: the later reader of Stripe writes last.
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`stripe-sub:${subscriptionId}`}))`;
      const sub = await stripe().subscriptions.retrieve(subscriptionId);
      const price = sub.items.data[0]?.price;
      const plan = planByLookupKey(price?.lookup_key);
      const terms = await invoiceTerms(sub);
      const status = terms.firstInvoiceDraft && sub.status === "active" ? "INCOMPLETE" : STATUS[sub.status];
      const existing = await tx.subscription.findUnique({
        where: { stripeSubscriptionId: sub.id },
        select: { id: true, pastDueSince: true, organizationId: true, userId: true },
      });
      const userId = existing?.userId ?? (await userIdFor(sub));
      const quantity = sub.items.data[0]?.quantity ?? 1;
      const isSiteLicence = plan?.perSeat || sub.metadata?.kind === "site-licence";

      let organizationId = existing?.organizationId ?? null;
      if (isSiteLicence) {
        if (!organizationId) {
          const customer = typeof sub.customer === "string" ? sub.customer : sub.customer.id;
          const org = await tx.organization.create({
            data: { name: sub.metadata?.organizationName || "Company site licence", seats: quantity, allowedDomains: [], stripeCustomerId: null },
          });
          organizationId = org.id;
          if (userId) await tx.organizationMember.create({ data: { organizationId, userId, isAdmin: true } });
          log.info("site licence organisation created", { organizationId, seats: quantity, customer });
        } else seatChange = await fitMembersToSeats(tx, organizationId, quantity);
      }

      const data = {
        plan: plan?.key ?? price?.lookup_key ?? "unknown",
        status,
        currentPeriodEnd: periodEnd(sub),
        cancelAtPeriodEnd: sub.cancel_at_period_end,
        // By invoice, past due since the unpaid invoice's due date (Stripe's state, not when we heard of it).
        pastDueSince: status === "PAST_DUE" ? (terms.unpaidDueAt ?? existing?.pastDueSince ?? new Date()) : null,
        unpaidInvoiceDueAt: terms.unpaidDueAt,
        collectionMethod: sub.collection_method,
        stripeCustomerId: typeof sub.customer === "string" ? sub.customer : sub.customer.id,
        stripeUpdatedAt: new Date(),
        userId: isSiteLicence ? null : userId,
        organizationId: isSiteLicence ? organizationId : null,
      };
      if (!isSiteLicence && !userId) throw new Error(`subscription ${sub.id}: no reader for customer`);
      await tx.subscription.upsert({ where: { stripeSubscriptionId: sub.id }, create: { stripeSubscriptionId: sub.id, ...data }, update: data });
      log.info("subscription synced", { subscription: sub.id, status, plan: data.plan, periodEnd: data.currentPeriodEnd.toISOString() });
    },
    { timeout: 20_000 },
  );
  // Members whose seat a cut took away (or a rise gave back) hear of it once: a replayed event finds nothing to change.
  if (seatChange) await notifySeatChange(seatChange);
}

/** Is a subscription's payment overdue (Stripe's past_due or unpaid)? For the publisher's "at risk" marks, not for access. */
export function paymentOverdue(status: string | null | undefined): boolean {
  return status === "PAST_DUE" || status === "UNPAID";
}
