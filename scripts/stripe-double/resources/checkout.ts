// /v1/checkout/sessions — subscription mode only. The returned `url` points
// at the double's own hosted page (see hosted.ts), so a browser test can walk
// the same redirect dance as with real Checkout.
import { warnUnknown, type ApiCall, type ApiRouter } from "../api.ts";
import { getCustomer, getPrice, productName } from "../billing.ts";
import { refreshSession } from "../checkout-flow.ts";
import { ApiError, invalid, missing, missingParam } from "../errors.ts";
import { applyMetadata, asArray, bool, int, obj, str } from "../form-encoding.ts";
import { paginate } from "../list.ts";
import { newId } from "../store.ts";
import type { CheckoutLineItem, CheckoutSession } from "../types.ts";

const KNOWN = [
  "mode",
  "customer",
  "customer_email",
  "line_items",
  "success_url",
  "cancel_url",
  "allow_promotion_codes",
  "client_reference_id",
  "metadata",
  "subscription_data",
  "expires_at",
  "locale",
  "payment_method_types",
  "allowed_payment_method_types",
  "billing_address_collection",
];

function url(v: string | undefined, param: string): string | null {
  if (!v) return null;
  try {
    new URL(v.split("{CHECKOUT_SESSION_ID}").join("x"));
    return v;
  } catch {
    throw invalid(param, "Not a valid URL", "url_invalid");
  }
}

function getSession(call: ApiCall): CheckoutSession {
  const s = call.ctx.store.state.checkoutSessions[call.params.id];
  if (!s) throw missing("checkout.session", call.params.id);
  return refreshSession(call.ctx, s);
}

function lineItems(call: ApiCall): CheckoutLineItem[] {
  const raw = asArray(call.body.line_items, "line_items");
  if (!raw || raw.length === 0) throw missingParam("line_items");
  return raw.map((entry, i) => {
    const p = `line_items[${i}]`;
    const li = obj(entry, p) ?? {};
    if (li.price_data !== undefined) throw invalid(`${p}[price_data]`, "The Stripe double does not support price_data; create a Price first.");
    const priceId = str(li.price, `${p}[price]`);
    if (!priceId) throw missingParam(`${p}[price]`);
    const price = getPrice(call.ctx, priceId, `${p}[price]`);
    if (!price.active) throw invalid(`${p}[price]`, "The price specified is inactive. This field only accepts active prices.");
    if (!price.recurring) {
      throw invalid(`${p}[price]`, "You must provide at least one recurring price in `subscription` mode when using prices.");
    }
    const quantity = int(li.quantity, `${p}[quantity]`);
    if (quantity === undefined) throw missingParam(`${p}[quantity]`);
    if (quantity < 1) throw invalid(`${p}[quantity]`, "This value must be greater than or equal to 1.");
    const amount = price.unit_amount * quantity;
    return {
      id: newId("li"),
      object: "item",
      adjustable_quantity: null,
      amount_discount: 0,
      amount_subtotal: amount,
      amount_tax: 0,
      amount_total: amount,
      currency: price.currency,
      description: productName(call.ctx, price),
      metadata: {},
      price: { ...structuredClone(price), product: typeof price.product === "string" ? price.product : price.product.id },
      quantity,
    };
  });
}

export function registerCheckout(r: ApiRouter): void {
  r.add("POST", "/v1/checkout/sessions", (call) => {
    warnUnknown(call, KNOWN);
    const { ctx } = call;
    const b = call.body;
    const mode = str(b.mode, "mode");
    if (!mode) throw missingParam("mode");
    if (mode !== "subscription") throw invalid("mode", `The Stripe double only supports mode=subscription (got ${mode}).`);
    const customer = str(b.customer, "customer");
    const customerEmail = str(b.customer_email, "customer_email");
    if (customer && customerEmail) {
      throw invalid("customer_email", "You may only specify one of these parameters: customer, customer_email.");
    }
    if (customer) getCustomer(ctx, customer, "customer");
    const subscriptionData = obj(b.subscription_data, "subscription_data") ?? {};
    if (subscriptionData.trial_period_days !== undefined || subscriptionData.trial_end !== undefined) {
      throw invalid("subscription_data[trial_period_days]", "The Stripe double does not model trials.");
    }
    const items = lineItems(call);
    const currencies = new Set(items.map((i) => i.currency));
    if (currencies.size > 1) throw invalid("line_items", "All prices on a subscription must have the same currency.");
    const now = ctx.clock.now();
    const expiresAt = int(b.expires_at, "expires_at") ?? now + 24 * 3600;
    if (expiresAt < now + 1800 || expiresAt > now + 24 * 3600) {
      throw invalid("expires_at", "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.");
    }
    const clientReferenceId = str(b.client_reference_id, "client_reference_id") || null;
    if (clientReferenceId && clientReferenceId.length > 200) throw invalid("client_reference_id", "client_reference_id must be at most 200 characters.");
    const total = items.reduce((n, i) => n + i.amount_total, 0);
    const id = newId("cs_test", 58);
    const session: CheckoutSession = {
      id,
      object: "checkout.session",
      after_expiration: null,
      allow_promotion_codes: bool(b.allow_promotion_codes, "allow_promotion_codes") ?? null,
      amount_subtotal: total,
      amount_total: total,
      automatic_tax: { enabled: false, liability: null, provider: null, status: null },
      billing_address_collection: null,
      cancel_url: url(str(b.cancel_url, "cancel_url"), "cancel_url"),
      client_reference_id: clientReferenceId,
      client_secret: null,
      created: now,
      currency: items[0].currency,
      custom_fields: [],
      custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
      customer: customer ?? null,
      customer_creation: customer ? null : "always",
      customer_details: null,
      customer_email: customerEmail ?? null,
      discounts: [],
      expires_at: expiresAt,
      invoice: null,
      livemode: false,
      locale: str(b.locale, "locale") ?? null,
      metadata: applyMetadata({}, b.metadata),
      mode: "subscription",
      payment_intent: null,
      payment_link: null,
      payment_method_collection: "always",
      payment_method_types: ["card"],
      payment_status: "unpaid",
      setup_intent: null,
      shipping_address_collection: null,
      shipping_options: [],
      status: "open",
      submit_type: null,
      subscription: null,
      success_url: url(str(b.success_url, "success_url"), "success_url"),
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      ui_mode: "hosted",
      url: `${ctx.baseUrl}/checkout/${id}`,
    };
    ctx.store.state.checkoutSessions[id] = session;
    ctx.store.state.sessionLineItems[id] = items;
    ctx.store.state.sessionSubscriptionData[id] = {
      metadata: applyMetadata({}, subscriptionData.metadata, "subscription_data[metadata]"),
    };
    return session;
  });

  r.add("GET", "/v1/checkout/sessions/:id", (call) => getSession(call));

  r.add("GET", "/v1/checkout/sessions/:id/line_items", (call) => {
    const s = getSession(call);
    return paginate([...(call.ctx.store.state.sessionLineItems[s.id] ?? [])].reverse(), call.body, `/v1/checkout/sessions/${s.id}/line_items`, "line item");
  });

  r.add("POST", "/v1/checkout/sessions/:id/expire", (call) => {
    const s = getSession(call);
    if (s.status !== "open") {
      throw new ApiError(400, `Only Checkout Sessions with a status in ["open"] can be expired.`, "invalid_request_error", "session");
    }
    s.status = "expired";
    return s;
  });

  r.add("GET", "/v1/checkout/sessions", (call) => {
    const b = call.body;
    const customer = str(b.customer, "customer");
    const subscription = str(b.subscription, "subscription");
    const status = str(b.status, "status");
    const all = Object.values(call.ctx.store.state.checkoutSessions)
      .map((s) => refreshSession(call.ctx, s))
      .filter((s) => (!customer || s.customer === customer) && (!subscription || s.subscription === subscription) && (!status || s.status === status));
    return paginate(all, b, "/v1/checkout/sessions", "checkout.session");
  });
}
