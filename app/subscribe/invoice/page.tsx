import Link from "next/link";
import { InvoicePurchaseForm } from "@/components/billing/InvoicePurchaseForm";
import { existingAccess } from "@/lib/billing/checkout";
import { INVOICE_DAYS_UNTIL_DUE } from "@/lib/billing/invoice-purchase";
import { planByKey } from "@/lib/billing/plans";
import { BUYER_COUNTRIES } from "@/lib/billing/vat";
import { currentViewer } from "@/lib/access/current";

export const dynamic = "force-dynamic";

export const metadata = { title: "Buy a site licence by invoice", robots: { index: false } };

export default async function InvoicePurchasePage() {
  const viewer = await currentViewer();
  const plan = planByKey("site-licence")!;
  const seatPrice = `$${(plan.unitAmount / 100).toLocaleString("en-US")}`;
  const has = viewer.userId ? existingAccess(viewer) : null;
  return (
    <section className="max-w-3xl" aria-labelledby="buy-invoice">
      <h1 id="buy-invoice" className="font-serif text-3xl font-bold">
        Buy a site licence by invoice
      </h1>
      <p className="mt-3 text-[15px] leading-relaxed">
        We send an invoice with {INVOICE_DAYS_UNTIL_DUE}-day terms, your purchase-order number and your tax ID. Your team reads in full as soon as the invoice
        is issued, and keeps reading while it is within its terms; pay by bank transfer or card from the invoice page. Renewals are invoiced the same way each
        year.
      </p>
      {has ? (
        <p className="mt-6">
          You already read every article through <strong>{has}</strong>.{" "}
          <Link href="/account" className="font-semibold text-brand underline">
            Manage seats and see invoices on your account page
          </Link>
          .
        </p>
      ) : viewer.userId ? (
        <InvoicePurchaseForm countries={BUYER_COUNTRIES.map(({ code, name }) => ({ code, name }))} seatPrice={seatPrice} />
      ) : (
        <p className="mt-6">
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent("/subscribe/invoice")}`} className="font-semibold text-brand underline">
            Sign in with your work email
          </Link>{" "}
          to order; you will administer the licence.
        </p>
      )}
      <p className="mt-6 text-sm text-muted">
        Prefer to pay by card?{" "}
        <Link href="/subscribe" className="underline">
          Buy with a card instead
        </Link>
        .
      </p>
    </section>
  );
}
