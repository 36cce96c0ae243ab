// Renewing a card-billed licence by invoice: the licence's subscription
// switches to collection_method send_invoice with net-30 terms, and its
// customer gets the PO number, billing contact and tax ID the invoices carry.
// The current period stays paid; the next renewal is invoiced.
import type Stripe from "stripe";
import { z } from "zod";
import type { Viewer } from "../access/index.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { canAdminister } from "../organizations.ts";
import { INVOICE_DAYS_UNTIL_DUE, invoiceBillingFields, invoiceFields, refineTaxId } from "./invoice-purchase.ts";
import { stripe } from "./stripe.ts";
import { syncSubscription } from "./sync.ts";
import { checkTaxId } from "./vat.ts";

const log = logger("billing");

export const invoiceRenewalInput = z.object({ organizationId: z.string().min(1).max(64), ...invoiceBillingFields }).superRefine(refineTaxId);

export type InvoiceRenewal = z.infer<typeof invoiceRenewalInput>;
export type RenewalResult = { ok: true; message: string } | { ok: false; message: string; field?: string };

/** How the administrator's licence is billed now, or null if they do not administer it. */
export async function licenceBilling(organizationId: string, viewer: Viewer) {
  if (!(await canAdminister(organizationId, viewer))) return null;
  const org = await db().organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
      subscriptions: { select: { stripeSubscriptionId: true, collectionMethod: true, currentPeriodEnd: true }, take: 1, orderBy: { createdAt: "desc" } },
    },
  });
  if (!org) return null;
  const sub = org.subscriptions[0];
  return {
    id: org.id,
    name: org.name,
    subscriptionId: sub?.stripeSubscriptionId ?? null,
    byInvoice: sub?.collectionMethod === "send_invoice",
    renewsAt: sub?.currentPeriodEnd ?? null,
  };
}

export async function renewByInvoice(input: InvoiceRenewal, viewer: Viewer): Promise<RenewalResult> {
  const licence = await licenceBilling(input.organizationId, viewer);
  if (!licence) return { ok: false, message: "Unknown licence." };
  if (!licence.subscriptionId) return { ok: false, message: "This licence is not billed through us; please write to us to arrange invoicing." };
  if (licence.byInvoice) return { ok: false, message: "This licence is already billed by invoice." };
  const tax = input.taxId ? checkTaxId(input.country, input.taxId) : null;
  if (tax && !tax.ok) return { ok: false, message: tax.message, field: "taxId" };
  try {
    const sub = await stripe().subscriptions.retrieve(licence.subscriptionId);
    if (sub.status === "canceled") return { ok: false, message: "This licence has ended; buy a new one by invoice instead." };
    const customer = typeof sub.customer === "string" ? sub.customer : sub.customer.id;
    // Stripe sends the invoices to the customer's email: accounts payable from now on.
    await stripe().customers.update(customer, { email: input.billingEmail, name: licence.name, invoice_settings: { custom_fields: invoiceFields(input) } });
    if (tax?.ok) {
      const existing = await stripe().customers.listTaxIds(customer, { limit: 100 });
      if (!existing.data.some((t) => t.value === tax.value)) {
        await stripe().customers.createTaxId(customer, { type: tax.type as Stripe.TaxIdCreateParams.Type, value: tax.value });
      }
    }
    await stripe().subscriptions.update(
      sub.id,
      { collection_method: "send_invoice", days_until_due: INVOICE_DAYS_UNTIL_DUE },
      { idempotencyKey: `tld-renew-by-invoice-${sub.id}` },
    );
    await syncSubscription(sub.id);
    log.info("licence renewals switched to invoice", { organizationId: licence.id, subscription: sub.id });
    return {
      ok: true,
      message: `From the next renewal, ${licence.name} is billed by invoice with ${INVOICE_DAYS_UNTIL_DUE}-day terms, sent to ${input.billingEmail}.`,
    };
  } catch (e) {
    const err = e as Stripe.errors.StripeError;
    if (err?.code === "tax_id_invalid") return { ok: false, message: "Our payment provider did not accept that tax ID. Please check it.", field: "taxId" };
    log.error("switch to invoice billing failed", { organizationId: licence.id, error: (e as Error).message });
    return { ok: false, message: "We could not reach our payment provider. Nothing was changed; please try again in a minute." };
  }
}
