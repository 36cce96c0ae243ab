// Buying a site licence by invoice: procurement pays by bank transfer against
// an invoice with net-30 terms, a purchase-order number and their tax ID, not
// by card. Checkout is card-first, so the customer (with tax ID and invoice
// fields) and the subscription (collection_method send_invoice) are created
// through the API; the buyer is then sent to Stripe's hosted invoice page.
// Access follows the invoice (lib/billing/sync.ts, lib/access/rules.ts).
import { createHash } from "node:crypto";
import type Stripe from "stripe";
import { z } from "zod";
import type { Viewer } from "../access/index.ts";
import { logger } from "../log.ts";
import { existingAccess } from "./checkout.ts";
import { planByKey, priceIdFor } from "./plans.ts";
import { stripe } from "./stripe.ts";
import { BUYER_COUNTRIES, checkTaxId } from "./vat.ts";

const log = logger("billing");

/** Net terms of every licence invoice. */
export const INVOICE_DAYS_UNTIL_DUE = 30;

/** Who receives the invoice and what it must carry: shared by a purchase and a switch of renewals to invoicing. */
export const invoiceBillingFields = {
  billingName: z.string().trim().min(2, "Please name the person who receives the invoice.").max(80, "At most 80 characters."),
  billingEmail: z.string().trim().toLowerCase().email("Please give the billing contact's email address.").max(200),
  poNumber: z
    .string()
    .trim()
    .max(40, "A purchase-order number can have at most 40 characters.")
    .regex(/^[\w\-/. #]*$/, "A purchase-order number can contain letters, digits, spaces and - / . #")
    .optional()
    .transform((v) => v || undefined),
  country: z.enum(BUYER_COUNTRIES.map((c) => c.code) as [string, ...string[]], { message: "Please choose your country." }),
  taxId: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => v || undefined),
};

/** The tax ID must fit the country (jsvat for VAT numbers). */
export function refineTaxId(v: { country: string; taxId?: string }, ctx: z.RefinementCtx): void {
  if (!v.taxId) return;
  const check = checkTaxId(v.country, v.taxId);
  if (!check.ok) ctx.addIssue({ code: "custom", path: ["taxId"], message: check.message });
}

export const invoicePurchaseInput = z
  .object({
    organizationName: z.string().trim().min(2, "Please give your company's name.").max(120, "The company name can have at most 120 characters."),
    seats: z.coerce
      .number({ message: "Please give the number of seats." })
      .int("Seats are whole numbers.")
      .min(2, "A site licence has at least 2 seats.")
      .max(500, "For more than 500 seats, please contact us."),
    ...invoiceBillingFields,
  })
  .superRefine(refineTaxId);

export type InvoicePurchase = z.infer<typeof invoicePurchaseInput>;
export type InvoicePurchaseResult = { ok: true; url: string } | { ok: false; message: string; field?: string };

/** The invoice's custom fields: what accounts payable matches the invoice against. */
export function invoiceFields(input: Pick<InvoicePurchase, "poNumber" | "billingName">): { name: string; value: string }[] {
  return [...(input.poNumber ? [{ name: "PO number", value: input.poNumber }] : []), { name: "Billing contact", value: input.billingName }];
}

/** A key that is the same for the same order (a double click, a retried post), so Stripe creates things once. */
function orderKey(userId: string, input: InvoicePurchase): string {
  const order = JSON.stringify([
    userId,
    input.organizationName,
    input.seats,
    input.billingName,
    input.billingEmail,
    input.poNumber ?? "",
    input.country,
    input.taxId ?? "",
  ]);
  return createHash("sha256").update(order).digest("base64url");
}

export async function startInvoicePurchase(viewer: Viewer, input: InvoicePurchase): Promise<InvoicePurchaseResult> {
  if (!viewer.userId || !viewer.email) return { ok: false, message: "Please sign in first." };
  const has = existingAccess(viewer);
  if (has)
    return { ok: false, message: `You already read every article through ${has}, so there is nothing to buy. Seats are managed from your account page.` };
  const plan = planByKey("site-licence")!;
  const tax = input.taxId ? checkTaxId(input.country, input.taxId) : null;
  if (tax && !tax.ok) return { ok: false, message: tax.message, field: "taxId" };
  const key = orderKey(viewer.userId, input);
  try {
    const price = await priceIdFor(stripe(), plan);
    const customer = await stripe().customers.create(
      {
        name: input.organizationName,
        email: input.billingEmail,
        metadata: { userId: viewer.userId, billingContact: input.billingName, buyerEmail: viewer.email },
        invoice_settings: { custom_fields: invoiceFields(input) },
        ...(tax?.ok ? { tax_id_data: [{ type: tax.type as Stripe.CustomerCreateParams.TaxIdDatum.Type, value: tax.value }] } : {}),
      },
      { idempotencyKey: `tld-invoice-customer-${key}` },
    );
    const sub = await stripe().subscriptions.create(
      {
        customer: customer.id,
        items: [{ price, quantity: input.seats }],
        collection_method: "send_invoice",
        days_until_due: INVOICE_DAYS_UNTIL_DUE,
        metadata: { userId: viewer.userId, kind: "site-licence", organizationName: input.organizationName },
        expand: ["latest_invoice"],
      },
      { idempotencyKey: `tld-invoice-subscription-${key}` },
    );
    let invoice = sub.latest_invoice as Stripe.Invoice | null;
    // Stripe finalizes a subscription's first invoice at once; if it did not, finalize it so it can be sent and paid.
    if (invoice && invoice.status === "draft") invoice = await stripe().invoices.finalizeInvoice(invoice.id);
    if (!invoice?.hosted_invoice_url) throw new Error(`subscription ${sub.id} has no payable invoice`);
    log.info("licence bought by invoice", { userId: viewer.userId, seats: input.seats, subscription: sub.id });
    return { ok: true, url: invoice.hosted_invoice_url };
  } catch (e) {
    const err = e as Stripe.errors.StripeError;
    if (err?.code === "tax_id_invalid") return { ok: false, message: "Our payment provider did not accept that tax ID. Please check it.", field: "taxId" };
    log.error("invoice purchase could not start", { error: (e as Error).message });
    return { ok: false, message: "We could not reach our payment provider. Nothing was invoiced; please try again in a minute." };
  }
}
