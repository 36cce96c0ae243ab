// Prorations, as Stripe computes them for a mid-period change of price or
// quantity: a credit for the unused time of what the item was, a charge for
// the remaining time of what it is now, both for [change time, period end).
// With `create_prorations` (Stripe's default) the lines wait for the
// subscription's next invoice; with `always_invoice` they are invoiced at
// once; `none` makes no lines. invoices.createPreview shows the outcome.
import { nextBoundary } from "./clock.ts";
import { buildInvoice, createInvoice, finalizeInvoice, formatAmount, periodOf, productName } from "./billing.ts";
import type { Ctx } from "./context.ts";
import { newId } from "./store.ts";
import type { Invoice, InvoiceLine, RequestInfo, Subscription, SubscriptionItem } from "./types.ts";

export type ProrationBehavior = "create_prorations" | "always_invoice" | "none";
export const PRORATION_BEHAVIORS = ["create_prorations", "always_invoice", "none"] as const;

function day(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

function line(ctx: Ctx, sub: Subscription, item: SubscriptionItem, sign: 1 | -1, at: number, fraction: number): InvoiceLine {
  const amount = sign * Math.round(item.price.unit_amount * item.quantity * fraction);
  const { end } = periodOf(sub);
  const what = `${item.quantity} × ${productName(ctx, item.price)} (at ${formatAmount(item.price.unit_amount, item.price.currency)} / ${item.plan.interval})`;
  return {
    id: newId("il"),
    object: "line_item",
    amount,
    currency: item.price.currency,
    description: `${sign < 0 ? "Unused" : "Remaining"} time on ${what} after ${day(at)}`,
    discount_amounts: [],
    discountable: false,
    discounts: [],
    invoice: "",
    livemode: false,
    metadata: {},
    parent: {
      type: "subscription_item_details",
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: true,
        proration_details: { credited_items: null },
        subscription: sub.id,
        subscription_item: item.id,
      },
    },
    period: { start: at, end },
    pricing: {
      type: "price_details",
      price_details: { price: item.price.id, product: typeof item.price.product === "string" ? item.price.product : item.price.product.id },
      unit_amount_decimal: String(item.price.unit_amount),
    },
    quantity: item.quantity,
    subscription: sub.id,
    subtotal: amount,
    taxes: [],
  };
}

/** The proration lines for going from `before` to the subscription's current items at `at`. */
export function prorationLines(ctx: Ctx, sub: Subscription, before: SubscriptionItem[], at: number): InvoiceLine[] {
  const { start, end } = periodOf(sub);
  if (end <= start || at >= end) return [];
  const fraction = Math.min(1, Math.max(0, (end - at) / (end - start)));
  const lines: InvoiceLine[] = [];
  const ids = new Set([...before.map((i) => i.id), ...sub.items.data.map((i) => i.id)]);
  for (const id of ids) {
    const old = before.find((i) => i.id === id);
    const now = sub.items.data.find((i) => i.id === id);
    if (old && now && old.price.id === now.price.id && old.quantity === now.quantity) continue;
    if (old) lines.push(line(ctx, sub, old, -1, at, fraction));
    if (now) lines.push(line(ctx, sub, now, 1, at, fraction));
  }
  return lines.filter((l) => l.amount !== 0);
}

/** Book the lines: queued for the next invoice, or invoiced now (`always_invoice`). */
export function applyProrations(ctx: Ctx, sub: Subscription, lines: InvoiceLine[], behavior: ProrationBehavior, request: RequestInfo): Invoice | null {
  if (behavior === "none" || lines.length === 0) return null;
  if (behavior === "create_prorations") {
    (ctx.store.state.pendingProrations[sub.id] ??= []).push(...lines);
    return null;
  }
  const now = ctx.clock.now();
  const pending = ctx.store.state.pendingProrations[sub.id] ?? [];
  delete ctx.store.state.pendingProrations[sub.id];
  const byInvoice = sub.collection_method === "send_invoice";
  const invoice = createInvoice(ctx, sub, {
    reason: "subscription_update",
    paid: true,
    draft: byInvoice,
    items: false,
    prorations: [...pending, ...lines],
    at: now,
    window: { start: now, end: now },
  });
  sub.latest_invoice = invoice.id;
  ctx.events.emit("invoice.created", invoice, { request });
  if (byInvoice) finalizeInvoice(ctx, invoice, request, now);
  else ctx.events.emit("invoice.paid", invoice, { request });
  return invoice;
}

/**
 * invoices.createPreview: the invoice the change would produce — with
 * `always_invoice` the immediate proration invoice, otherwise the next
 * renewal invoice (the new items for the next period plus every proration).
 * `changed` is the subscription as it would be after the change.
 */
export function previewInvoice(ctx: Ctx, current: Subscription, changed: Subscription, behavior: ProrationBehavior, at: number): Invoice {
  const lines = behavior === "none" ? [] : prorationLines(ctx, changed, current.items.data, at);
  const pending = ctx.store.state.pendingProrations[current.id] ?? [];
  const id = newId("upcoming_in");
  let invoice: Invoice;
  if (behavior === "always_invoice") {
    invoice = buildInvoice(
      ctx,
      changed,
      { reason: "subscription_update", paid: false, items: false, prorations: [...pending, ...lines], at, window: { start: at, end: at } },
      id,
    );
  } else {
    const { end } = periodOf(changed);
    const next = structuredClone(changed);
    const plan = next.items.data[0].plan;
    const nextEnd = nextBoundary(next.billing_cycle_anchor, plan.interval, plan.interval_count, end);
    for (const item of next.items.data) Object.assign(item, { current_period_start: end, current_period_end: nextEnd });
    invoice = buildInvoice(
      ctx,
      next,
      { reason: "subscription_cycle", paid: false, prorations: [...pending, ...lines], at: end, window: { start: periodOf(current).start, end } },
      id,
    );
  }
  // A preview is never a real document: no number, page, PDF or due date yet.
  return Object.assign(invoice, {
    status: "draft",
    amount_paid: 0,
    amount_remaining: invoice.amount_due,
    hosted_invoice_url: null,
    invoice_pdf: null,
    due_date: null,
    automatically_finalizes_at: null,
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
  });
}
