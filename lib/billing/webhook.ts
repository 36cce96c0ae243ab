// The Stripe webhook: signature checked on the raw body, each event id
// processed once, and every effect derived from Stripe's current state
// (lib/billing/sync.ts), so duplicates and reordering are harmless.
import type Stripe from "stripe";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { stripe, webhookSecret } from "./stripe.ts";
import { syncSubscription } from "./sync.ts";

const log = logger("stripe-webhook");

export type WebhookResult = { status: number; body: Record<string, unknown> };

/** API 2026-10-28: an invoice names its subscription only under parent.subscription_details. */
export function subscriptionOfInvoice(invoice: Stripe.Invoice): string | null {
  const sub = invoice.parent?.subscription_details?.subscription;
  return typeof sub === "string" ? sub : (sub?.id ?? null);
}

async function apply(event: Stripe.Event): Promise<void> {
  switch (event.type) {
    case "checkout.session.completed": {
      const s = event.data.object;
      const customer = typeof s.customer === "string" ? s.customer : s.customer?.id;
      if (s.client_reference_id && customer) {
        // The reader's customer id is set once at checkout creation; this covers a customer created by Checkout itself.
        await db().user.updateMany({ where: { id: s.client_reference_id, stripeCustomerId: null }, data: { stripeCustomerId: customer } });
      }
      const sub = typeof s.subscription === "string" ? s.subscription : s.subscription?.id;
      if (sub) await syncSubscription(sub);
      return;
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
      await syncSubscription(event.data.object.id);
      return;
    case "invoice.paid":
    case "invoice.payment_failed":
    case "invoice.finalized":
    case "invoice.overdue":
    case "invoice.voided":
    case "invoice.marked_uncollectible": {
      const sub = subscriptionOfInvoice(event.data.object);
      if (sub) await syncSubscription(sub);
      return;
    }
    default:
      log.debug("event ignored", { type: event.type });
  }
}

export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookResult> {
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error("missing Stripe-Signature header");
    event = stripe().webhooks.constructEvent(rawBody, signature, webhookSecret());
  } catch (e) {
    log.warn("rejected webhook with a bad signature", { reason: (e as Error).message.slice(0, 120) });
    return { status: 400, body: { error: "invalid signature" } };
  }
  const seen = await db().stripeEvent.findUnique({ where: { id: event.id }, select: { id: true } });
  if (seen) {
    log.info("duplicate event ignored", { event: event.id, type: event.type });
    return { status: 200, body: { received: true, duplicate: true } };
  }
  await apply(event);
  await db().stripeEvent.upsert({ where: { id: event.id }, create: { id: event.id, type: event.type }, update: {} });
  log.info("event processed", { event: event.id, type: event.type });
  return { status: 200, body: { received: true } };
}
