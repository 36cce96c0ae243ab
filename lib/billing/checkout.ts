// Starting a subscription: the reader's Stripe customer is created once and
// reused; Checkout (mode subscription) takes the payment.
import { z } from "zod";
import type { Viewer } from "../access/index.ts";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { planByKey, priceIdFor } from "./plans.ts";
import { stripe } from "./stripe.ts";

const log = logger("billing");

export const checkoutInput = z.object({
  plan: z.enum(["individual-monthly", "individual-annual", "site-licence"]),
  seats: z.coerce.number().int().min(2, "A site licence has at least 2 seats.").max(500, "For more than 500 seats, please contact us.").optional(),
  organizationName: z.string().trim().min(2, "Please give your company's name.").max(120).optional(),
});

export type CheckoutResult = { ok: true; url: string } | { ok: false; message: string };

async function customerFor(userId: string, email: string): Promise<string> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { stripeCustomerId: true } });
  if (user?.stripeCustomerId) return user.stripeCustomerId;
  // The idempotency key makes a double click or retry reuse the same customer.
  const customer = await stripe().customers.create({ email, metadata: { userId } }, { idempotencyKey: `tld-customer-${userId}` });
  await db().user.updateMany({ where: { id: userId, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  const saved = await db().user.findUnique({ where: { id: userId }, select: { stripeCustomerId: true } });
  return saved!.stripeCustomerId!;
}

export async function startCheckout(viewer: Viewer, input: z.infer<typeof checkoutInput>): Promise<CheckoutResult> {
  if (!viewer.userId || !viewer.email) return { ok: false, message: "Please sign in first." };
  const plan = planByKey(input.plan)!;
  if (plan.perSeat && (!input.seats || !input.organizationName)) return { ok: false, message: "Please give your company's name and the number of seats." };
  const site = config().siteUrl;
  try {
    const customer = await customerFor(viewer.userId, viewer.email);
    const price = await priceIdFor(stripe(), plan);
    const session = await stripe().checkout.sessions.create({
      mode: "subscription",
      customer,
      client_reference_id: viewer.userId,
      line_items: [{ price, quantity: plan.perSeat ? input.seats! : 1 }],
      allow_promotion_codes: true,
      success_url: `${site}/subscribe/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${site}/subscribe?canceled=1`,
      metadata: { userId: viewer.userId, plan: plan.key },
      subscription_data: {
        metadata: {
          userId: viewer.userId,
          kind: plan.perSeat ? "site-licence" : "individual",
          ...(plan.perSeat ? { organizationName: input.organizationName! } : {}),
        },
      },
    });
    log.info("checkout started", { userId: viewer.userId, plan: plan.key });
    return { ok: true, url: session.url! };
  } catch (e) {
    log.error("checkout could not start", { error: (e as Error).message });
    return { ok: false, message: "We could not reach our payment provider. Nothing was charged; please try again in a minute." };
  }
}

export async function openBillingPortal(viewer: Viewer): Promise<CheckoutResult> {
  if (!viewer.userId) return { ok: false, message: "Please sign in first." };
  const user = await db().user.findUnique({ where: { id: viewer.userId }, select: { stripeCustomerId: true } });
  if (!user?.stripeCustomerId) return { ok: false, message: "There is no billing account for you yet." };
  try {
    const s = await stripe().billingPortal.sessions.create({ customer: user.stripeCustomerId, return_url: `${config().siteUrl}/account` });
    return { ok: true, url: s.url };
  } catch (e) {
    log.error("billing portal could not open", { error: (e as Error).message });
    return { ok: false, message: "We could not reach our payment provider. Please try again in a minute." };
  }
}
