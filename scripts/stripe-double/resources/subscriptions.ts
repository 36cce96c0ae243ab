// /v1/subscriptions: create (send_invoice only: card subscriptions are born
// through Checkout), retrieve, list, update (with prorations), cancel.
import { warnUnknown, type ApiRouter } from "../api.ts";
import {
  cancelNow,
  createInvoice,
  createSubscription,
  getCustomer,
  getPrice,
  getSubscription,
  mutateSubscription,
  newItem,
  periodOf,
  setItemPrice,
} from "../billing.ts";
import { applyProrations, PRORATION_BEHAVIORS, prorationLines } from "../prorations.ts";
import { ApiError, invalid, missing, missingParam } from "../errors.ts";
import { applyMetadata, asArray, bool, int, obj, oneOf, str } from "../form-encoding.ts";
import { paginate } from "../list.ts";
import type { FormValue } from "../form-encoding.ts";
import type { Price, Subscription, SubscriptionItem } from "../types.ts";

const FEEDBACK = ["customer_service", "low_quality", "missing_features", "other", "switched_service", "too_complex", "too_expensive", "unused"] as const;

type ItemChange = { item?: SubscriptionItem; price?: Price; quantity?: number; deleted: boolean };

function itemChanges(sub: Subscription, raw: FormValue | undefined, lookupPrice: (id: string, param: string) => Price): ItemChange[] {
  return (asArray(raw, "items") ?? []).map((entry, i) => {
    const p = `items[${i}]`;
    const o = obj(entry, p) ?? {};
    const id = str(o.id, `${p}[id]`);
    const item = id ? sub.items.data.find((x) => x.id === id) : undefined;
    if (id && !item) throw missing("subscription_item", id, `${p}[id]`);
    const priceId = str(o.price, `${p}[price]`);
    const price = priceId ? lookupPrice(priceId, `${p}[price]`) : undefined;
    if (price && (!price.recurring || !price.active)) throw invalid(`${p}[price]`, "The price specified is inactive or not recurring.");
    if (price && price.currency !== sub.currency) throw invalid(`${p}[price]`, "All prices on a subscription must have the same currency.");
    const quantity = int(o.quantity, `${p}[quantity]`);
    if (quantity !== undefined && quantity < 0) throw invalid(`${p}[quantity]`, "This value must be greater than or equal to 0.");
    if (!item && !price) throw missingParam(`${p}[price]`);
    return { item, price, quantity, deleted: bool(o.deleted, `${p}[deleted]`) ?? false };
  });
}

/** Apply validated item changes to a subscription (the real one, or a copy for a preview). */
export function applyItemChanges(s: Subscription, changes: ItemChange[], now: number): void {
  for (const c of changes) {
    if (c.item && c.deleted) {
      s.items.data = s.items.data.filter((i) => i.id !== c.item!.id);
    } else if (c.item) {
      const item = s.items.data.find((i) => i.id === c.item!.id)!;
      if (c.price) setItemPrice(item, c.price);
      if (c.quantity !== undefined) item.quantity = c.quantity;
    } else if (c.price) {
      s.items.data.push(newItem(s.id, c.price, c.quantity ?? 1, periodOf(s).start, periodOf(s).end, now));
    }
  }
}

export { itemChanges };

export function registerSubscriptions(r: ApiRouter): void {
  r.add("POST", "/v1/subscriptions", (call) => {
    warnUnknown(call, ["customer", "items", "collection_method", "days_until_due", "metadata", "description", "proration_behavior", "payment_behavior"]);
    const { ctx } = call;
    const b = call.body;
    const customerId = str(b.customer, "customer");
    if (!customerId) throw missingParam("customer");
    const customer = getCustomer(ctx, customerId, "customer");
    const method = oneOf(b.collection_method, "collection_method", ["charge_automatically", "send_invoice"] as const) ?? "charge_automatically";
    if (method === "charge_automatically") {
      // The double has no payment methods: card subscriptions come from Checkout.
      throw new ApiError(
        400,
        "This customer has no attached payment source or default payment method.",
        "invalid_request_error",
        "collection_method",
        "resource_missing",
      );
    }
    const days = int(b.days_until_due, "days_until_due");
    if (days === undefined) throw invalid("days_until_due", "`days_until_due` is required when `collection_method` is `send_invoice`.");
    if (days < 0 || days > 730) throw invalid("days_until_due", "days_until_due must be between 0 and 730.");
    const lines = (asArray(b.items, "items") ?? []).map((entry, i) => {
      const o = obj(entry, `items[${i}]`) ?? {};
      const priceId = str(o.price, `items[${i}][price]`);
      if (!priceId) throw missingParam(`items[${i}][price]`);
      const price = getPrice(ctx, priceId, `items[${i}][price]`);
      if (!price.recurring || !price.active) throw invalid(`items[${i}][price]`, "The price specified is inactive or not recurring.");
      const quantity = int(o.quantity, `items[${i}][quantity]`) ?? 1;
      if (quantity < 1) throw invalid(`items[${i}][quantity]`, "This value must be greater than or equal to 1.");
      return { price, quantity };
    });
    if (lines.length === 0) throw missingParam("items");
    const sub = createSubscription(ctx, customer, lines, applyMetadata({}, b.metadata));
    sub.collection_method = "send_invoice";
    sub.days_until_due = days;
    const description = str(b.description, "description");
    if (description) sub.description = description;
    // Stripe finalizes a subscription's first invoice at once; later ones wait about an hour as drafts.
    const invoice = createInvoice(ctx, sub, { reason: "subscription_create", paid: false, at: sub.created, window: { start: sub.created, end: sub.created } });
    sub.latest_invoice = invoice.id;
    ctx.events.emit("customer.subscription.created", sub, { request: call.request });
    ctx.events.emit("invoice.created", { ...invoice, status: "draft", number: null }, { request: call.request });
    ctx.events.emit("invoice.finalized", invoice, { request: call.request });
    return sub;
  });

  r.add("GET", "/v1/subscriptions/:id", (call) => getSubscription(call.ctx, call.params.id));

  r.add("GET", "/v1/subscriptions", (call) => {
    const b = call.body;
    const customer = str(b.customer, "customer");
    const price = str(b.price, "price");
    const status = oneOf(b.status, "status", [
      "active",
      "all",
      "canceled",
      "ended",
      "incomplete",
      "incomplete_expired",
      "past_due",
      "paused",
      "trialing",
      "unpaid",
    ] as const);
    const all = Object.values(call.ctx.store.state.subscriptions).filter((s) => {
      if (customer && s.customer !== customer) return false;
      if (price && !s.items.data.some((i) => i.price.id === price)) return false;
      if (!status) return s.status !== "canceled"; // Stripe's default hides canceled ones
      if (status === "all") return true;
      if (status === "ended") return s.status === "canceled";
      return s.status === status;
    });
    return paginate(all, b, "/v1/subscriptions", "subscription");
  });

  r.add("POST", "/v1/subscriptions/:id", (call) => {
    warnUnknown(call, [
      "cancel_at_period_end",
      "items",
      "metadata",
      "proration_behavior",
      "payment_behavior",
      "cancellation_details",
      "description",
      "collection_method",
      "days_until_due",
    ]);
    const { ctx } = call;
    const sub = getSubscription(ctx, call.params.id);
    const b = call.body;
    if (sub.status === "canceled" && Object.keys(b).some((k) => !["metadata", "cancellation_details", "expand"].includes(k))) {
      throw new ApiError(400, "A canceled subscription can only update its cancellation_details and metadata.", "invalid_request_error");
    }
    // Validate everything before touching the subscription: a 400 must not
    // leave a half-applied update behind.
    const cancelAtPeriodEnd = bool(b.cancel_at_period_end, "cancel_at_period_end");
    const changes = itemChanges(sub, b.items, (id, param) => getPrice(ctx, id, param));
    const metadata = applyMetadata(sub.metadata, b.metadata);
    const details = obj(b.cancellation_details, "cancellation_details");
    const comment = str(details?.comment, "cancellation_details[comment]");
    const feedback = oneOf(details?.feedback, "cancellation_details[feedback]", FEEDBACK);
    const description = str(b.description, "description");
    const behavior = oneOf(b.proration_behavior, "proration_behavior", PRORATION_BEHAVIORS) ?? "create_prorations";
    const method = oneOf(b.collection_method, "collection_method", ["charge_automatically", "send_invoice"] as const);
    const days = int(b.days_until_due, "days_until_due");
    if (method === "send_invoice" && days === undefined && sub.days_until_due === null)
      throw invalid("days_until_due", "`days_until_due` is required when `collection_method` is `send_invoice`.");
    const remaining = sub.items.data.filter((i) => !changes.some((c) => c.deleted && c.item === i)).length + changes.filter((c) => !c.item).length;
    if (remaining === 0) throw invalid("items", "A subscription must have at least one active plan.");
    const now = ctx.clock.now();
    const itemsBefore = structuredClone(sub.items.data);
    mutateSubscription(ctx, sub, call.request, (s) => {
      if (cancelAtPeriodEnd !== undefined && cancelAtPeriodEnd !== s.cancel_at_period_end) {
        s.cancel_at_period_end = cancelAtPeriodEnd;
        s.cancel_at = cancelAtPeriodEnd ? periodOf(s).end : null;
        s.canceled_at = cancelAtPeriodEnd ? now : null;
        s.cancellation_details = { ...s.cancellation_details, reason: cancelAtPeriodEnd ? "cancellation_requested" : null };
      }
      applyItemChanges(s, changes, now);
      if (method) {
        // Renewing by invoice instead of card (or back): the next invoice follows the new method.
        s.collection_method = method;
        s.days_until_due = method === "send_invoice" ? (days ?? s.days_until_due) : null;
      }
      s.metadata = metadata;
      if (description !== undefined) s.description = description || null;
      if (comment !== undefined) s.cancellation_details = { ...s.cancellation_details, comment: comment || null };
      if (feedback !== undefined) s.cancellation_details = { ...s.cancellation_details, feedback };
    });
    if (sub.status !== "canceled") applyProrations(ctx, sub, prorationLines(ctx, sub, itemsBefore, now), behavior, call.request);
    return sub;
  });

  r.add("DELETE", "/v1/subscriptions/:id", (call) => {
    warnUnknown(call, ["cancellation_details", "invoice_now", "prorate"]);
    const sub = getSubscription(call.ctx, call.params.id);
    if (sub.status === "canceled") throw missing("subscription", sub.id);
    const details = obj(call.body.cancellation_details, "cancellation_details");
    const comment = str(details?.comment, "cancellation_details[comment]");
    const feedback = oneOf(details?.feedback, "cancellation_details[feedback]", FEEDBACK);
    if (comment !== undefined) sub.cancellation_details.comment = comment || null;
    if (feedback !== undefined) sub.cancellation_details.feedback = feedback;
    cancelNow(call.ctx, sub, call.request);
    return sub;
  });
}
