// Field-by-field check of the double's objects against the pinned SDK's types
// (stripe@23, API 2026-10-28.endive). `npm run typecheck` compiles this file:
// a field the double returns that this API version does not have (such as the
// removed `subscription.current_period_end` or `invoice.subscription`) makes
// the matching line fail with the field's name. Nested objects that the app
// reads are checked too. Nothing here runs.
import type Stripe from "stripe";
import type * as D from "./types.ts";

/** `true` when every key of Ours exists on Theirs; otherwise the extra keys (a compile error below). */
type OnlyKnown<Ours, Theirs> = [Exclude<keyof Ours, keyof Theirs>] extends [never] ? true : Exclude<keyof Ours, keyof Theirs>;

export const SHAPES_MATCH_THE_PINNED_API: [
  OnlyKnown<D.Customer, Stripe.Customer>,
  OnlyKnown<D.Customer["invoice_settings"], Stripe.Customer.InvoiceSettings>,
  OnlyKnown<D.TaxId, Stripe.TaxId>,
  OnlyKnown<D.Product, Stripe.Product>,
  OnlyKnown<D.Price, Stripe.Price>,
  OnlyKnown<D.Recurring, Stripe.Price.Recurring>,
  OnlyKnown<D.CheckoutSession, Stripe.Checkout.Session>,
  OnlyKnown<D.CheckoutLineItem, Stripe.LineItem>,
  OnlyKnown<D.PortalSession, Stripe.BillingPortal.Session>,
  OnlyKnown<D.Subscription, Stripe.Subscription>,
  OnlyKnown<D.SubscriptionItem, Stripe.SubscriptionItem>,
  OnlyKnown<D.Plan, Stripe.Plan>,
  OnlyKnown<D.Invoice, Stripe.Invoice>,
  OnlyKnown<D.Invoice["parent"], Stripe.Invoice.Parent>,
  OnlyKnown<D.Invoice["status_transitions"], Stripe.Invoice.StatusTransitions>,
  OnlyKnown<D.InvoiceLine, Stripe.InvoiceLineItem>,
  OnlyKnown<D.InvoiceLine["parent"], Stripe.InvoiceLineItem.Parent>,
  OnlyKnown<D.StripeEvent, Stripe.Event>,
  // Nested objects
  OnlyKnown<NonNullable<D.CheckoutSession["customer_details"]>, Stripe.Checkout.Session.CustomerDetails>,
  OnlyKnown<D.CheckoutSession["automatic_tax"], Stripe.Checkout.Session.AutomaticTax>,
  OnlyKnown<D.CheckoutSession["total_details"], Stripe.Checkout.Session.TotalDetails>,
  OnlyKnown<D.CheckoutSession["custom_text"], Stripe.Checkout.Session.CustomText>,
  OnlyKnown<D.Subscription["cancellation_details"], Stripe.Subscription.CancellationDetails>,
  OnlyKnown<D.Subscription["automatic_tax"], Stripe.Subscription.AutomaticTax>,
  OnlyKnown<D.Invoice["parent"]["subscription_details"], Stripe.Invoice.Parent.SubscriptionDetails>,
  OnlyKnown<NonNullable<D.Invoice["custom_fields"]>[number], Stripe.Invoice.CustomField>,
  OnlyKnown<NonNullable<D.Invoice["customer_tax_ids"]>[number], Stripe.Invoice.CustomerTaxId>,
  OnlyKnown<D.InvoiceLine["parent"]["subscription_item_details"], Stripe.InvoiceLineItem.Parent.SubscriptionItemDetails>,
  OnlyKnown<D.InvoiceLine["pricing"], Stripe.InvoiceLineItem.Pricing>,
  OnlyKnown<D.InvoiceLine["period"], Stripe.InvoiceLineItem.Period>,
  OnlyKnown<NonNullable<D.TaxId["verification"]>, Stripe.TaxId.Verification>,
] = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
];
