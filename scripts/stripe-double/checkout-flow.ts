// Paying a Checkout Session: what happens when the customer presses
// "Subscribe" on the hosted page (or a test calls the shortcut control).
// A declined or invalid card must leave no trace: every check runs before
// the first object is created.
import { createCustomer, createInvoice, createSubscription, getPrice } from "./billing.ts";
import { checkCard, type CardInput } from "./cards.ts";
import type { Ctx } from "./context.ts";
import type { CheckoutSession, Invoice, RequestInfo, Subscription } from "./types.ts";

export interface PaymentInput extends CardInput {
  email?: string;
  name?: string;
  /** Hosted form: expiry and CVC are required, as on real Checkout. */
  strict: boolean;
}

export type CheckoutOutcome =
  | { kind: "complete"; session: CheckoutSession; subscription: Subscription; invoice: Invoice; redirectUrl: string | null }
  | { kind: "card_error"; code: string; declineCode?: string; message: string; param: string }
  | { kind: "not_open"; session: CheckoutSession };

/** Open sessions past expires_at become expired the moment anyone looks. */
export function refreshSession(ctx: Ctx, session: CheckoutSession): CheckoutSession {
  if (session.status === "open" && session.expires_at <= ctx.clock.now()) session.status = "expired";
  return session;
}

/** The email Checkout shows / uses: the customer's, else customer_email. */
export function sessionEmail(ctx: Ctx, session: CheckoutSession): string | null {
  if (session.customer) return ctx.store.state.customers[session.customer]?.email ?? null;
  return session.customer_email;
}

export function successRedirect(session: CheckoutSession): string | null {
  return session.success_url ? session.success_url.split("{CHECKOUT_SESSION_ID}").join(session.id) : null;
}

export function completeCheckout(ctx: Ctx, session: CheckoutSession, input: PaymentInput, request: RequestInfo): CheckoutOutcome {
  refreshSession(ctx, session);
  if (session.status !== "open") return { kind: "not_open", session };

  const email = (sessionEmail(ctx, session) ?? input.email ?? "").trim();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return { kind: "card_error", code: "email_invalid", message: "Your email address is invalid.", param: "email" };
  }
  const card = checkCard(input, ctx.clock.now(), input.strict);
  if (!card.ok) return { kind: "card_error", code: card.code, declineCode: card.declineCode, message: card.message, param: card.param };

  const lines = (ctx.store.state.sessionLineItems[session.id] ?? []).map((li) => ({ price: getPrice(ctx, li.price.id), quantity: li.quantity }));
  const name = input.name?.trim() || null;
  const customer = session.customer ? ctx.store.state.customers[session.customer] : createCustomer(ctx, { email, name }, request);

  const subscription = createSubscription(ctx, customer, lines, { ...(ctx.store.state.sessionSubscriptionData[session.id]?.metadata ?? {}) });
  const invoice = createInvoice(ctx, subscription, {
    reason: "subscription_create",
    paid: true,
    at: subscription.created,
    window: { start: subscription.created, end: subscription.created },
  });
  subscription.latest_invoice = invoice.id;
  ctx.events.emit("customer.subscription.created", subscription, { request });
  ctx.events.emit("invoice.paid", invoice, { request });

  Object.assign(session, {
    status: "complete",
    payment_status: "paid",
    customer: customer.id,
    subscription: subscription.id,
    invoice: invoice.id,
    customer_details: { address: null, email, name: name ?? customer.name, phone: null, tax_exempt: "none", tax_ids: [] },
  });
  ctx.events.emit("checkout.session.completed", session, { request });
  return { kind: "complete", session, subscription, invoice, redirectUrl: successRedirect(session) };
}
