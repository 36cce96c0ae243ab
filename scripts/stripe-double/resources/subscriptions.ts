// /v1/subscriptions: retrieve, list, update, cancel. Subscriptions are only
// born through Checkout here (that is the app's only path in production).
// Plan switches keep the current period and create no proration invoice.
import { warnUnknown, type ApiRouter } from "../api.ts";
import { cancelNow, getPrice, getSubscription, mutateSubscription, newItem, periodOf, setItemPrice } from "../billing.ts";
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

export function registerSubscriptions(r: ApiRouter): void {
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
    warnUnknown(call, ["cancel_at_period_end", "items", "metadata", "proration_behavior", "payment_behavior", "cancellation_details", "description"]);
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
    const remaining = sub.items.data.filter((i) => !changes.some((c) => c.deleted && c.item === i)).length + changes.filter((c) => !c.item).length;
    if (remaining === 0) throw invalid("items", "A subscription must have at least one active plan.");
    const now = ctx.clock.now();
    mutateSubscription(ctx, sub, call.request, (s) => {
      if (cancelAtPeriodEnd !== undefined && cancelAtPeriodEnd !== s.cancel_at_period_end) {
        s.cancel_at_period_end = cancelAtPeriodEnd;
        s.cancel_at = cancelAtPeriodEnd ? periodOf(s).end : null;
        s.canceled_at = cancelAtPeriodEnd ? now : null;
        s.cancellation_details = { ...s.cancellation_details, reason: cancelAtPeriodEnd ? "cancellation_requested" : null };
      }
      for (const c of changes) {
        if (c.item && c.deleted) {
          s.items.data = s.items.data.filter((i) => i !== c.item);
        } else if (c.item) {
          if (c.price) setItemPrice(c.item, c.price);
          if (c.quantity !== undefined) c.item.quantity = c.quantity;
        } else if (c.price) {
          s.items.data.push(newItem(s.id, c.price, c.quantity ?? 1, periodOf(s).start, periodOf(s).end, now));
        }
      }
      s.metadata = metadata;
      if (description !== undefined) s.description = description || null;
      if (comment !== undefined) s.cancellation_details = { ...s.cancellation_details, comment: comment || null };
      if (feedback !== undefined) s.cancellation_details = { ...s.cancellation_details, feedback };
    });
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
