// Starting a subscription: the reader's Stripe customer is created once and
// reused; Checkout (mode subscription) takes the payment.
import { z } from "zod";
import { activeGrant, type Viewer } from "../access/index.ts";
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

export type CheckoutResult = { ok: true; url: string } | { ok: false; message: string; reason?: "has-access" };

const ACCESS_WORDS = { individual: "your own subscription", organization: "your company's site licence", complimentary: "complimentary access" } as const;

/**
 * Why this viewer should not start a checkout: they already read everything
 * through a subscription or a seat of their own. Reading on an office network
 * (an IP range) is not theirs to keep at home, so it does not count here.
 */
export function existingAccess(viewer: Viewer, now = new Date()): string | null {
  const g = activeGrant({ ...viewer, grants: viewer.grants.filter((x) => x.source !== "ip-range") }, now);
  return g && g.source !== "ip-range" ? ACCESS_WORDS[g.source] : null;
}

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
  const has = existingAccess(viewer);
  if (has) {
    log.warn("second checkout refused: reader already has access", { userId: viewer.userId });
    return {
      ok: false,
      reason: "has-access",
      message: `You already read every article through ${has}, so there is nothing to buy. Billing and seats are managed from your account page.`,
    };
  }
  const userId = viewer.userId;
  const email = viewer.email;
  try {
    // One open Checkout per reader: a double click, a second tab or a crafted
    // post waits for the first (the lock) and then gets the same session back.
    return await db().$transaction(
      async (tx) => {
        await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`checkout:${userId}`}))`;
        const pending = await tx.pendingCheckout.findUnique({ where: { userId } });
        // Stripe's own status decides whether the remembered session can still be paid (it expires after 24 hours).
        if (pending) {
          const open = await stripe().checkout.sessions.retrieve(pending.sessionId);
          if (open.status === "open" && pending.plan === planKeyWithSeats(plan.key, input.seats)) {
            log.info("checkout reused", { userId });
            return { ok: true as const, url: pending.url };
          }
          // A different plan chosen while one was open: close the old one, so only one can be paid.
          if (open.status === "open") await stripe().checkout.sessions.expire(pending.sessionId);
          if (open.status === "complete")
            return { ok: false as const, message: "Your payment has gone through; your subscription starts in a moment. Please reload your account page." };
        }
        const session = await createSession(userId, email, plan, input);
        await tx.pendingCheckout.upsert({
          where: { userId },
          create: {
            userId,
            sessionId: session.id,
            url: session.url!,
            plan: planKeyWithSeats(plan.key, input.seats),
            expiresAt: new Date(session.expires_at * 1000),
          },
          update: { sessionId: session.id, url: session.url!, plan: planKeyWithSeats(plan.key, input.seats), expiresAt: new Date(session.expires_at * 1000) },
        });
        return { ok: true as const, url: session.url! };
      },
      { timeout: 30_000 },
    );
  } catch (e) {
    log.error("checkout could not start", { error: (e as Error).message });
    return { ok: false, message: "We could not reach our payment provider. Nothing was charged; please try again in a minute." };
  }
}

const planKeyWithSeats = (key: string, seats?: number) => (seats ? `${key}:${seats}` : key);

async function createSession(userId: string, email: string, plan: NonNullable<ReturnType<typeof planByKey>>, input: z.infer<typeof checkoutInput>) {
  const site = config().siteUrl;
  const customer = await customerFor(userId, email);
  const price = await priceIdFor(stripe(), plan);
  const session = await stripe().checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: userId,
    line_items: [{ price, quantity: plan.perSeat ? input.seats! : 1 }],
    allow_promotion_codes: true,
    success_url: `${site}/subscribe/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${site}/subscribe?canceled=1`,
    metadata: { userId, plan: plan.key },
    subscription_data: {
      metadata: {
        userId,
        kind: plan.perSeat ? "site-licence" : "individual",
        ...(plan.perSeat ? { organizationName: input.organizationName! } : {}),
      },
    },
  });
  log.info("checkout started", { userId, plan: plan.key });
  return session;
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
