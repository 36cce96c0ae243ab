// Subscription-side Stripe object shapes (subscriptions, items, plans,
// invoices), split from types.ts to keep files small. Same rules: follow the
// SDK's definitions, neutral defaults for what the double does not model.
import type { ApiList, CustomField, Interval, Metadata, Price } from "./types.ts";

// Legacy twin of a recurring price; still present on subscription items.
export interface Plan {
  id: string;
  object: "plan";
  active: boolean;
  amount: number;
  amount_decimal: string;
  billing_scheme: "per_unit";
  created: number;
  currency: string;
  interval: Interval;
  interval_count: number;
  livemode: false;
  metadata: Metadata;
  meter: null;
  nickname: string | null;
  product: string;
  tiers_mode: null;
  transform_usage: null;
  trial_period_days: null;
  usage_type: "licensed";
}

export interface SubscriptionItem {
  id: string;
  object: "subscription_item";
  billing_thresholds: null;
  created: number;
  current_period_end: number;
  current_period_start: number;
  discounts: unknown[];
  metadata: Metadata;
  plan: Plan;
  price: Price;
  quantity: number;
  subscription: string;
  tax_rates: unknown[];
}

export interface CancellationDetails {
  comment: string | null;
  feedback: string | null;
  reason: "cancellation_requested" | "payment_failed" | "payment_disputed" | null;
}

export type SubscriptionStatus = "active" | "past_due" | "canceled" | "incomplete" | "trialing" | "unpaid";

export interface Subscription {
  id: string;
  object: "subscription";
  application: null;
  automatic_tax: { disabled_reason: null; enabled: false; liability: null };
  billing_cycle_anchor: number;
  cancel_at: number | null;
  cancel_at_period_end: boolean;
  canceled_at: number | null;
  cancellation_details: CancellationDetails;
  collection_method: CollectionMethod;
  created: number;
  currency: string;
  customer: string;
  /** send_invoice only: the invoice's terms (net-30 → 30). */
  days_until_due: number | null;
  default_payment_method: string | null;
  description: string | null;
  discounts: unknown[];
  ended_at: number | null;
  items: ApiList<SubscriptionItem>;
  latest_invoice: string | null;
  livemode: false;
  metadata: Metadata;
  pause_collection: null;
  pending_update: null;
  schedule: null;
  start_date: number;
  status: SubscriptionStatus;
  test_clock: null;
  trial_end: null;
  trial_start: null;
}

export interface InvoiceLine {
  id: string;
  object: "line_item";
  amount: number;
  currency: string;
  description: string;
  discount_amounts: unknown[];
  discountable: boolean;
  discounts: unknown[];
  invoice: string;
  livemode: false;
  metadata: Metadata;
  parent: {
    type: "subscription_item_details";
    invoice_item_details: null;
    subscription_item_details: {
      invoice_item: null;
      proration: boolean;
      proration_details: { credited_items: null } | null;
      subscription: string;
      subscription_item: string;
    };
  };
  period: { start: number; end: number };
  pricing: { type: "price_details"; price_details: { price: string; product: string }; unit_amount_decimal: string };
  quantity: number;
  subscription: string;
  subtotal: number;
  taxes: unknown[];
}

export type CollectionMethod = "charge_automatically" | "send_invoice";

export type InvoiceStatus = "draft" | "open" | "paid" | "uncollectible" | "void";

export interface Invoice {
  id: string;
  object: "invoice";
  account_country: string;
  account_name: string;
  amount_due: number;
  amount_overpaid: number;
  amount_paid: number;
  amount_remaining: number;
  attempt_count: number;
  attempted: boolean;
  /** Drafts of renewals finalize about an hour after creation, as on Stripe. */
  automatically_finalizes_at: number | null;
  billing_reason: "subscription_create" | "subscription_cycle" | "subscription_update";
  collection_method: CollectionMethod;
  created: number;
  currency: string;
  custom_fields: CustomField[] | null;
  customer: string;
  customer_email: string | null;
  customer_name: string | null;
  customer_tax_ids: Array<{ type: string; value: string }> | null;
  default_payment_method: null;
  description: null;
  discounts: unknown[];
  due_date: number | null;
  effective_at: number | null;
  hosted_invoice_url: string | null;
  invoice_pdf: string | null;
  lines: ApiList<InvoiceLine>;
  livemode: false;
  metadata: Metadata;
  next_payment_attempt: number | null;
  number: string | null;
  parent: {
    type: "subscription_details";
    quote_details: null;
    subscription_details: { metadata: Metadata; subscription: string };
  };
  // Like Stripe: the window in which invoice items could be added, NOT the
  // service period (that is lines.data[].period).
  period_end: number;
  period_start: number;
  status: InvoiceStatus;
  status_transitions: { finalized_at: number | null; marked_uncollectible_at: null; paid_at: number | null; voided_at: null };
  subtotal_excluding_tax: number;
  total_excluding_tax: number;
  subtotal: number;
  total: number;
  webhooks_delivered_at: number | null;
}
