import Link from "next/link";
import { notFound } from "next/navigation";
import { InvoicePurchaseForm } from "@/components/billing/InvoicePurchaseForm";
import { INVOICE_DAYS_UNTIL_DUE } from "@/lib/billing/invoice-purchase";
import { licenceBilling } from "@/lib/billing/invoice-renewal";
import { BUYER_COUNTRIES } from "@/lib/billing/vat";
import { formatDate } from "@/lib/site";
import { currentViewer } from "@/lib/access/current";

export const metadata = { title: "Renew by invoice", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function LicenceBillingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const licence = await licenceBilling(id, await currentViewer());
  // Not an administrator of this licence: as if it did not exist.
  if (!licence) notFound();
  return (
    <section className="mx-auto max-w-2xl" aria-labelledby="billing">
      <h1 id="billing" className="font-serif text-3xl font-bold">
        Renew {licence.name} by invoice
      </h1>
      {licence.byInvoice ? (
        <p className="mt-4 text-[15px]">
          This licence is billed by invoice with {INVOICE_DAYS_UNTIL_DUE}-day terms. Its invoices and receipts are on{" "}
          <Link href="/account" className="text-brand underline">
            your account page
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="mt-3 text-[15px] leading-relaxed">
            The current period is paid by card{licence.renewsAt ? ` until ${formatDate(licence.renewsAt)}` : ""}. From the next renewal we send an invoice with{" "}
            {INVOICE_DAYS_UNTIL_DUE}-day terms, your purchase-order number and your tax ID to the billing email below, instead of charging the card.
          </p>
          <InvoicePurchaseForm countries={BUYER_COUNTRIES.map(({ code, name }) => ({ code, name }))} renewalOf={licence.id} />
        </>
      )}
      <p className="mt-8">
        <Link href={`/account/organization/${licence.id}`} className="text-brand underline">
          Back to {licence.name}
        </Link>
      </p>
    </section>
  );
}
