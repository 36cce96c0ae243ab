// Shapes of the Stripe objects the double stores and returns. They follow the
// official SDK's type definitions (stripe@23, API 2026-10-28.endive) for the
// fields the double actually models; the rest are present as Stripe's
// neutral defaults (null / [] / false) so code written against the real API
// sees the fields it expects.

import type { Invoice, InvoiceLine, Subscription } from "./types-billing.ts";

export type * from "./types-billing.ts";

export type Metadata = Record<string, string>;

export interface ApiList<T> {
  object: "list";
  data: T[];
  has_more: boolean;
  url: string;
}

export interface Customer {
  id: string;
  object: "customer";
  address: null;
  balance: number;
  created: number;
  currency: string | null;
  default_source: null;
  delinquent: boolean;
  description: string | null;
  discount: null;
  email: string | null;
  invoice_prefix: string;
  invoice_settings: { custom_fields: CustomField[] | null; default_payment_method: string | null; footer: null; rendering_options: null };
  livemode: false;
  metadata: Metadata;
  name: string | null;
  next_invoice_sequence: number;
  phone: string | null;
  preferred_locales: string[];
  shipping: null;
  tax_exempt: "none";
  test_clock: null;
}

/** Shown on every invoice of the customer (e.g. a purchase-order number). */
export interface CustomField {
  name: string;
  value: string;
}

export interface TaxId {
  id: string;
  object: "tax_id";
  country: string | null;
  created: number;
  customer: string;
  customer_account: null;
  livemode: false;
  owner: null;
  type: string;
  value: string;
  verification: { status: "pending" | "verified" | "unverified" | "unavailable"; verified_address: null; verified_name: null } | null;
}

export interface Product {
  id: string;
  object: "product";
  active: boolean;
  created: number;
  default_price: string | null;
  description: string | null;
  images: string[];
  livemode: false;
  marketing_features: unknown[];
  metadata: Metadata;
  name: string;
  package_dimensions: null;
  shippable: null;
  statement_descriptor: string | null;
  tax_code: null;
  type: "service";
  unit_label: string | null;
  updated: number;
  url: string | null;
}

export type Interval = "day" | "week" | "month" | "year";

export interface Recurring {
  interval: Interval;
  interval_count: number;
  meter: null;
  trial_period_days: null;
  usage_type: "licensed";
}

export interface Price {
  id: string;
  object: "price";
  active: boolean;
  billing_scheme: "per_unit";
  created: number;
  currency: string;
  custom_unit_amount: null;
  livemode: false;
  lookup_key: string | null;
  metadata: Metadata;
  nickname: string | null;
  product: string | Product;
  recurring: Recurring | null;
  tax_behavior: "unspecified";
  tiers_mode: null;
  transform_quantity: null;
  type: "recurring" | "one_time";
  unit_amount: number;
  unit_amount_decimal: string;
}

export interface CheckoutLineItem {
  id: string;
  object: "item";
  adjustable_quantity: null;
  amount_discount: number;
  amount_subtotal: number;
  amount_tax: number;
  amount_total: number;
  currency: string;
  description: string | null;
  metadata: Metadata;
  price: Price;
  quantity: number;
}

export interface CheckoutSession {
  id: string;
  object: "checkout.session";
  after_expiration: null;
  allow_promotion_codes: boolean | null;
  amount_subtotal: number;
  amount_total: number;
  automatic_tax: { enabled: false; liability: null; provider: null; status: null };
  billing_address_collection: null;
  cancel_url: string | null;
  client_reference_id: string | null;
  client_secret: null;
  created: number;
  currency: string;
  custom_fields: unknown[];
  custom_text: { after_submit: null; shipping_address: null; submit: null; terms_of_service_acceptance: null };
  customer: string | null;
  customer_creation: "always" | null;
  customer_details: { address: null; email: string | null; name: string | null; phone: null; tax_exempt: "none"; tax_ids: unknown[] } | null;
  customer_email: string | null;
  discounts: unknown[];
  expires_at: number;
  invoice: string | null;
  livemode: false;
  locale: string | null;
  metadata: Metadata;
  mode: "subscription";
  payment_intent: null;
  payment_link: null;
  payment_method_collection: "always";
  payment_method_types: string[];
  payment_status: "paid" | "unpaid" | "no_payment_required";
  setup_intent: null;
  shipping_address_collection: null;
  shipping_options: unknown[];
  status: "open" | "complete" | "expired";
  submit_type: null;
  subscription: string | null;
  success_url: string | null;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
  ui_mode: "hosted";
  url: string | null;
}

export interface PortalSession {
  id: string;
  object: "billing_portal.session";
  configuration: string;
  created: number;
  customer: string;
  flow: null;
  livemode: false;
  locale: null;
  on_behalf_of: null;
  return_url: string | null;
  url: string;
}

export type StripeObject = Customer | Product | Price | CheckoutSession | Subscription | Invoice | PortalSession;

export interface StripeEvent {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

export interface DeliveryAttempt {
  at: number; // real wall-clock ms: delivery happens in real time, not double time
  status: number | null;
  error: string | null;
  duration_ms: number;
}

export interface Delivery {
  event_id: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  delivered_at: number | null;
  log: DeliveryAttempt[];
}

export interface IdempotencyRecord {
  method: string;
  path: string;
  body: string;
  status: number;
  response: string;
  request_id: string;
}

export interface State {
  version: 1;
  clockOffsetMs: number;
  invoiceSequence: number;
  customers: Record<string, Customer>;
  products: Record<string, Product>;
  prices: Record<string, Price>;
  checkoutSessions: Record<string, CheckoutSession>;
  sessionLineItems: Record<string, CheckoutLineItem[]>;
  // subscription_data is write-only on a Checkout Session; kept aside until payment.
  sessionSubscriptionData: Record<string, { metadata: Metadata }>;
  portalSessions: Record<string, PortalSession>;
  subscriptions: Record<string, Subscription>;
  invoices: Record<string, Invoice>;
  events: Record<string, StripeEvent>;
  deliveries: Record<string, Delivery>;
  failNextPayment: Record<string, boolean>;
  idempotency: Record<string, IdempotencyRecord>;
  taxIds: Record<string, TaxId>;
  /** Proration lines waiting for the subscription's next invoice (Stripe's pending invoice items). */
  pendingProrations: Record<string, InvoiceLine[]>;
  /** Invoices whose `invoice.overdue` has been sent (once each). */
  overdueSent: Record<string, boolean>;
}

// Who caused a change; copied into event.request like Stripe does. Hosted
// pages and clock-driven changes have no API request behind them.
export interface RequestInfo {
  id: string | null;
  idempotency_key: string | null;
}

export const NO_REQUEST: RequestInfo = { id: null, idempotency_key: null };
