// Subscription lifecycle shared by the REST API, the hosted pages and the
// test controls: building subscriptions and invoices, state changes that emit
// events, and renewals when the clock moves past a period end.
import { addIntervals, nextBoundary } from "./clock.ts";
import type { Ctx } from "./context.ts";
import { ApiError, missing } from "./errors.ts";
import { changedFields } from "./events.ts";
import { listOf } from "./list.ts";
import { newId } from "./store.ts";
import type { Customer, Invoice, InvoiceLine, Metadata, Plan, Price, RequestInfo, Subscription, SubscriptionItem } from "./types.ts";
import { NO_REQUEST } from "./types.ts";

export function getCustomer(ctx: Ctx, id: string, param = "id"): Customer {
  const c = ctx.store.state.customers[id];
  if (!c) throw missing("customer", id, param);
  return c;
}

export function getSubscription(ctx: Ctx, id: string, param = "id"): Subscription {
  const s = ctx.store.state.subscriptions[id];
  if (!s) throw missing("subscription", id, param);
  return s;
}

export function getPrice(ctx: Ctx, id: string, param = "price"): Price {
  const p = ctx.store.state.prices[id];
  if (!p) throw missing("price", id, param);
  return p;
}

export function productId(price: Price): string {
  return typeof price.product === "string" ? price.product : price.product.id;
}

export function productName(ctx: Ctx, price: Price): string {
  return ctx.store.state.products[productId(price)]?.name ?? productId(price);
}

export function planFromPrice(price: Price): Plan {
  const r = price.recurring ?? { interval: "month" as const, interval_count: 1 };
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: String(price.unit_amount),
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: r.interval,
    interval_count: r.interval_count,
    livemode: false,
    metadata: { ...price.metadata },
    meter: null,
    nickname: price.nickname,
    product: productId(price),
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}

/** Subscription items embed a copy of the price with `product` as an id. */
export function setItemPrice(item: SubscriptionItem, price: Price): void {
  item.price = { ...structuredClone(price), product: productId(price) };
  item.plan = planFromPrice(price);
}

export function newItem(subId: string, price: Price, quantity: number, start: number, end: number, created: number): SubscriptionItem {
  const item = {
    id: newId("si", 14),
    object: "subscription_item",
    billing_thresholds: null,
    created,
    current_period_end: end,
    current_period_start: start,
    discounts: [],
    metadata: {},
    quantity,
    subscription: subId,
    tax_rates: [],
  } as unknown as SubscriptionItem;
  setItemPrice(item, price);
  return item;
}

/** The current period, which API 2026-10-28 keeps on the subscription's items (all items share it here). */
export function periodOf(sub: Subscription): { start: number; end: number } {
  const item = sub.items.data[0];
  return { start: item.current_period_start, end: item.current_period_end };
}

function setPeriod(sub: Subscription, start: number, end: number): void {
  for (const item of sub.items.data) {
    item.current_period_start = start;
    item.current_period_end = end;
  }
}

export function createCustomer(
  ctx: Ctx,
  fields: Partial<Pick<Customer, "email" | "name" | "description" | "phone" | "metadata">>,
  request: RequestInfo,
): Customer {
  const id = newId("cus", 14);
  const customer: Customer = {
    id,
    object: "customer",
    address: null,
    balance: 0,
    created: ctx.clock.now(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: fields.description ?? null,
    discount: null,
    email: fields.email ?? null,
    invoice_prefix: id.slice(4, 12).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: fields.metadata ?? {},
    name: fields.name ?? null,
    next_invoice_sequence: 1,
    phone: fields.phone ?? null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
  ctx.store.state.customers[id] = customer;
  ctx.events.emit("customer.created", customer, { request });
  return customer;
}

export function createSubscription(ctx: Ctx, customer: Customer, lines: Array<{ price: Price; quantity: number }>, metadata: Metadata): Subscription {
  const now = ctx.clock.now();
  const first = lines[0].price;
  const r = first.recurring;
  if (!r) throw new ApiError(400, "Subscriptions need a recurring price.", "invalid_request_error", "price");
  const end = addIntervals(now, r.interval, r.interval_count);
  const id = newId("sub");
  const sub = {
    id,
    object: "subscription",
    application: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: now,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, reason: null },
    collection_method: "charge_automatically",
    created: now,
    currency: first.currency,
    customer: customer.id,
    days_until_due: null,
    default_payment_method: null,
    description: null,
    discounts: [],
    ended_at: null,
    items: listOf(
      lines.map((l) => newItem(id, l.price, l.quantity, now, end, now)),
      `/v1/subscription_items?subscription=${id}`,
    ),
    latest_invoice: null,
    livemode: false,
    metadata,
    pause_collection: null,
    pending_update: null,
    schedule: null,
    start_date: now,
    status: "active",
    test_clock: null,
    trial_end: null,
    trial_start: null,
  } satisfies Subscription;
  ctx.store.state.subscriptions[id] = sub;
  return sub;
}

interface InvoiceOptions {
  reason: Invoice["billing_reason"];
  /** charge_automatically only: the charge succeeded. send_invoice invoices are never paid at creation. */
  paid: boolean;
  at: number;
  /** Invoice-level period: Stripe's "items could be added" window, not the service period. */
  window: { start: number; end: number };
  /** send_invoice renewals start as drafts that finalize about an hour later, as on Stripe. */
  draft?: boolean;
  /** Bill the subscription's items for their current period (false: prorations only). */
  items?: boolean;
  /** Proration lines billed on this invoice (pending ones of the subscription are added by the caller). */
  prorations?: InvoiceLine[];
}

/** One invoice line for a subscription item's current period. */
export function itemLine(
  ctx: Ctx,
  sub: Subscription,
  item: SubscriptionItem,
  invoiceId: string,
  period = { start: item.current_period_start, end: item.current_period_end },
): InvoiceLine {
  return {
    id: newId("il"),
    object: "line_item",
    amount: item.price.unit_amount * item.quantity,
    currency: item.price.currency,
    description: `${item.quantity} × ${productName(ctx, item.price)} (at ${formatAmount(item.price.unit_amount, item.price.currency)} / ${item.plan.interval})`,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: {
      type: "subscription_item_details",
      invoice_item_details: null,
      subscription_item_details: { invoice_item: null, proration: false, proration_details: null, subscription: sub.id, subscription_item: item.id },
    },
    period,
    pricing: {
      type: "price_details",
      price_details: { price: item.price.id, product: productId(item.price) },
      unit_amount_decimal: String(item.price.unit_amount),
    },
    quantity: item.quantity,
    subscription: sub.id,
    subtotal: item.price.unit_amount * item.quantity,
    taxes: [],
  };
}

/** An invoice object (not stored): the shape shared by real invoices and previews. */
export function buildInvoice(ctx: Ctx, sub: Subscription, opts: InvoiceOptions, id = newId("in")): Invoice {
  const customer = ctx.store.state.customers[sub.customer];
  const lines: InvoiceLine[] = [
    ...(opts.prorations ?? []).map((l) => ({ ...l, invoice: id })),
    ...(opts.items === false ? [] : sub.items.data.map((item) => itemLine(ctx, sub, item, id))),
  ];
  const total = lines.reduce((n, l) => n + l.amount, 0);
  const byInvoice = sub.collection_method === "send_invoice";
  const paid = !byInvoice && opts.paid;
  const draft = byInvoice && opts.draft === true;
  return {
    id,
    object: "invoice",
    account_country: "US",
    account_name: "Trade Law Daily (Stripe double)",
    amount_due: Math.max(total, 0),
    amount_overpaid: 0,
    amount_paid: paid ? Math.max(total, 0) : 0,
    amount_remaining: paid ? 0 : Math.max(total, 0),
    attempt_count: byInvoice ? 0 : 1,
    attempted: !byInvoice,
    automatically_finalizes_at: draft ? opts.at + 3600 : null,
    billing_reason: opts.reason,
    collection_method: sub.collection_method,
    created: opts.at,
    currency: sub.currency,
    custom_fields: customer?.invoice_settings.custom_fields ?? null,
    customer: sub.customer,
    customer_email: customer?.email ?? null,
    customer_name: customer?.name ?? null,
    customer_tax_ids: customerTaxIds(ctx, sub.customer),
    default_payment_method: null,
    description: null,
    discounts: [],
    due_date: byInvoice && !draft ? opts.at + (sub.days_until_due ?? 30) * 86400 : null,
    effective_at: draft ? null : opts.at,
    hosted_invoice_url: draft ? null : `${ctx.baseUrl}/invoices/${id}`,
    invoice_pdf: draft ? null : `${ctx.baseUrl}/invoices/${id}/pdf`,
    lines: listOf(lines, `/v1/invoices/${id}/lines`),
    livemode: false,
    metadata: {},
    next_payment_attempt: paid || byInvoice ? null : opts.at + 3 * 86400,
    number: null,
    parent: { type: "subscription_details", quote_details: null, subscription_details: { metadata: { ...sub.metadata }, subscription: sub.id } },
    period_end: opts.window.end,
    period_start: opts.window.start,
    status: draft ? "draft" : paid ? "paid" : "open",
    status_transitions: { finalized_at: draft ? null : opts.at, marked_uncollectible_at: null, paid_at: paid ? opts.at : null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    total,
    total_excluding_tax: total,
    webhooks_delivered_at: opts.at,
  };
}

/** Stripe numbers an invoice when it is finalized. */
export function assignNumber(ctx: Ctx, invoice: Invoice): void {
  const customer = ctx.store.state.customers[invoice.customer];
  const sequence = customer ? customer.next_invoice_sequence++ : ++ctx.store.state.invoiceSequence;
  invoice.number = `${customer?.invoice_prefix ?? "DOUBLE"}-${String(sequence).padStart(4, "0")}`;
}

export function createInvoice(ctx: Ctx, sub: Subscription, opts: InvoiceOptions): Invoice {
  const invoice = buildInvoice(ctx, sub, opts);
  if (invoice.status !== "draft") assignNumber(ctx, invoice);
  ctx.store.state.invoices[invoice.id] = invoice;
  return invoice;
}

/** The customer's tax IDs as an invoice records them (a copy at the time of the invoice). */
export function customerTaxIds(ctx: Ctx, customer: string): Array<{ type: string; value: string }> {
  return Object.values(ctx.store.state.taxIds)
    .filter((t) => t.customer === customer)
    .map((t) => ({ type: t.type, value: t.value }));
}

/** The subscription an invoice bills: only `parent.subscription_details.subscription` in API 2026-10-28. */
export function invoiceSubscription(invoice: Invoice): string | null {
  return invoice.parent?.subscription_details?.subscription ?? null;
}

export function formatAmount(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(amount / 100);
  } catch {
    return `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;
  }
}

/** Apply a change and emit customer.subscription.updated if anything moved. */
export function mutateSubscription(ctx: Ctx, sub: Subscription, request: RequestInfo, change: (s: Subscription) => void, created?: number): boolean {
  const before = structuredClone(sub);
  change(sub);
  const previous = changedFields(before, sub);
  if (Object.keys(previous).length === 0) return false;
  ctx.events.emit("customer.subscription.updated", sub, { previous, request, created });
  return true;
}

export function setCancelAtPeriodEnd(ctx: Ctx, sub: Subscription, value: boolean, request: RequestInfo): void {
  const now = ctx.clock.now();
  mutateSubscription(ctx, sub, request, (s) => {
    s.cancel_at_period_end = value;
    s.cancel_at = value ? periodOf(s).end : null;
    s.canceled_at = value ? now : null;
    s.cancellation_details = { ...s.cancellation_details, reason: value ? "cancellation_requested" : null };
  });
}

export function cancelNow(
  ctx: Ctx,
  sub: Subscription,
  request: RequestInfo,
  reason: "cancellation_requested" | "payment_failed" = "cancellation_requested",
  at = ctx.clock.now(),
): void {
  if (sub.status === "canceled") return;
  sub.status = "canceled";
  sub.canceled_at = sub.canceled_at ?? at;
  sub.ended_at = at;
  sub.cancellation_details = { ...sub.cancellation_details, reason: sub.cancellation_details.reason ?? reason };
  ctx.events.emit("customer.subscription.deleted", sub, { request, created: at });
}

export function payOpenInvoice(ctx: Ctx, sub: Subscription, request: RequestInfo): Invoice {
  const open = Object.values(ctx.store.state.invoices).filter((i) => invoiceSubscription(i) === sub.id && i.status === "open");
  const invoice = open[open.length - 1];
  if (!invoice) throw new ApiError(400, `Subscription ${sub.id} has no open invoice to pay.`, "invalid_request_error", "subscription");
  return payInvoice(ctx, invoice, request);
}

/** The customer pays an open invoice (card retry, hosted invoice page, or paid out of band). */
export function payInvoice(ctx: Ctx, invoice: Invoice, request: RequestInfo): Invoice {
  if (invoice.status !== "open")
    throw new ApiError(400, `Invoice ${invoice.id} is ${invoice.status}; only open invoices can be paid.`, "invalid_request_error", "invoice");
  const now = ctx.clock.now();
  Object.assign(invoice, {
    status: "paid",
    amount_paid: invoice.amount_due,
    amount_remaining: 0,
    attempt_count: invoice.attempt_count + 1,
    attempted: true,
    next_payment_attempt: null,
    status_transitions: { ...invoice.status_transitions, paid_at: now },
  });
  ctx.events.emit("invoice.paid", invoice, { request });
  const subId = invoiceSubscription(invoice);
  const sub = subId ? ctx.store.state.subscriptions[subId] : undefined;
  // Back to active once nothing overdue is left (Stripe: the latest invoice is paid).
  const stillOverdue = Object.values(ctx.store.state.invoices).some((i) => invoiceSubscription(i) === subId && i.status === "open" && isOverdue(i, now));
  if (sub?.status === "past_due" && !stillOverdue) mutateSubscription(ctx, sub, request, (s) => (s.status = "active"));
  return invoice;
}

export function isOverdue(invoice: Invoice, now: number): boolean {
  return invoice.status === "open" && invoice.due_date !== null && invoice.due_date <= now;
}

/** draft → open: numbered, due date set from the subscription's terms, hosted page and PDF available; `invoice.finalized`. */
export function finalizeInvoice(ctx: Ctx, invoice: Invoice, request: RequestInfo, at = ctx.clock.now()): Invoice {
  if (invoice.status !== "draft")
    throw new ApiError(400, `This invoice is already finalized, you can't re-finalize a non-draft invoice.`, "invalid_request_error", "invoice");
  const subId = invoiceSubscription(invoice);
  const sub = subId ? ctx.store.state.subscriptions[subId] : undefined;
  assignNumber(ctx, invoice);
  Object.assign(invoice, {
    status: "open",
    automatically_finalizes_at: null,
    effective_at: at,
    due_date: invoice.collection_method === "send_invoice" ? at + (sub?.days_until_due ?? 30) * 86400 : null,
    hosted_invoice_url: `${ctx.baseUrl}/invoices/${invoice.id}`,
    invoice_pdf: `${ctx.baseUrl}/invoices/${invoice.id}/pdf`,
    status_transitions: { ...invoice.status_transitions, finalized_at: at },
  });
  ctx.events.emit("invoice.finalized", invoice, { request, created: at });
  // As on Stripe, an invoice with nothing to pay is paid when it is finalized.
  if (invoice.amount_due === 0) payInvoice(ctx, invoice, request);
  return invoice;
}

/** An open send_invoice invoice past its due date: `invoice.overdue` once, and its subscription becomes past_due. */
function markOverdue(ctx: Ctx, invoice: Invoice): void {
  const at = invoice.due_date!;
  ctx.store.state.overdueSent[invoice.id] = true;
  ctx.events.emit("invoice.overdue", invoice, { created: at });
  const subId = invoiceSubscription(invoice);
  const sub = subId ? ctx.store.state.subscriptions[subId] : undefined;
  if (sub && sub.status === "active") mutateSubscription(ctx, sub, NO_REQUEST, (s) => (s.status = "past_due"), at);
}

/** Proration lines queued for the subscription's next invoice (and removed from the queue). */
export function takePendingProrations(ctx: Ctx, subId: string): InvoiceLine[] {
  const lines = ctx.store.state.pendingProrations[subId] ?? [];
  delete ctx.store.state.pendingProrations[subId];
  return lines;
}

/** One billing-period step for a subscription whose period end has passed. */
function stepPeriod(ctx: Ctx, sub: Subscription): void {
  const boundary = periodOf(sub).end;
  if (sub.cancel_at_period_end || (sub.cancel_at !== null && sub.cancel_at <= boundary)) {
    cancelNow(ctx, sub, NO_REQUEST, "cancellation_requested", boundary);
    return;
  }
  if (sub.status === "past_due") {
    // Stripe's default dunning outcome: still unpaid when the next period
    // would start → the subscription is canceled.
    cancelNow(ctx, sub, NO_REQUEST, "payment_failed", boundary);
    return;
  }
  const plan = sub.items.data[0].plan;
  const oldStart = periodOf(sub).start;
  const end = nextBoundary(sub.billing_cycle_anchor, plan.interval, plan.interval_count, boundary);
  const before = structuredClone(sub);
  setPeriod(sub, boundary, end);
  const prorations = takePendingProrations(ctx, sub.id);
  const window = { start: oldStart, end: boundary };
  if (sub.collection_method === "send_invoice") {
    // Renewal by invoice: a draft now, finalized (and due in days_until_due) about an hour later.
    const invoice = createInvoice(ctx, sub, { reason: "subscription_cycle", paid: false, draft: true, at: boundary, window, prorations });
    sub.latest_invoice = invoice.id;
    ctx.events.emit("customer.subscription.updated", sub, { previous: changedFields(before, sub), created: boundary });
    ctx.events.emit("invoice.created", invoice, { created: boundary });
    return;
  }
  const fail = ctx.store.state.failNextPayment[sub.customer] === true;
  const invoice = createInvoice(ctx, sub, { reason: "subscription_cycle", paid: !fail, at: boundary, window, prorations });
  sub.latest_invoice = invoice.id;
  if (fail) {
    delete ctx.store.state.failNextPayment[sub.customer]; // "next" payment: one-shot
    sub.status = "past_due";
    ctx.events.emit("invoice.payment_failed", invoice, { created: boundary });
    ctx.events.emit("customer.subscription.updated", sub, { previous: changedFields(before, sub), created: boundary });
  } else {
    ctx.events.emit("customer.subscription.updated", sub, { previous: changedFields(before, sub), created: boundary });
    ctx.events.emit("invoice.paid", invoice, { created: boundary });
  }
}

type DueWork = { at: number; run: () => void };

/** The earliest thing the clock has made due: a period end, a draft's finalization, an unpaid invoice's due date. */
function nextDue(ctx: Ctx, now: number): DueWork | null {
  const work: DueWork[] = [];
  for (const sub of Object.values(ctx.store.state.subscriptions)) {
    const end = periodOf(sub).end;
    if (sub.status !== "canceled" && end <= now) work.push({ at: end, run: () => stepPeriod(ctx, sub) });
  }
  for (const inv of Object.values(ctx.store.state.invoices)) {
    const at = inv.automatically_finalizes_at;
    if (inv.status === "draft" && at !== null && at <= now) work.push({ at, run: () => finalizeInvoice(ctx, inv, NO_REQUEST, at) });
    if (inv.collection_method === "send_invoice" && isOverdue(inv, now) && !ctx.store.state.overdueSent[inv.id]) {
      work.push({ at: inv.due_date!, run: () => markOverdue(ctx, inv) });
    }
  }
  work.sort((a, b) => a.at - b.at);
  return work[0] ?? null;
}

/**
 * Bring every subscription, invoice and checkout session up to the clock's
 * "now". Returns how many changes were made (0 → nothing to save).
 */
export function processDue(ctx: Ctx): number {
  const now = ctx.clock.now();
  let changes = 0;
  for (const session of Object.values(ctx.store.state.checkoutSessions)) {
    if (session.status === "open" && session.expires_at <= now) {
      session.status = "expired";
      changes += 1;
    }
  }
  // Work is processed earliest-first across subscriptions and invoices so
  // events come out in the order things actually happened.
  for (let guard = 0; guard < 100_000; guard++) {
    const due = nextDue(ctx, now);
    if (!due) return changes;
    due.run();
    changes += 1;
  }
  return changes;
}
