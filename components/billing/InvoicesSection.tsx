// Receipts and invoices on the account page, with links to Stripe's hosted
// invoice page and PDF (lib/billing/invoices.ts decides which ones).
import type { Viewer } from "@/lib/access";
import { invoicesFor } from "@/lib/billing/invoices";
import { formatDate } from "@/lib/site";

const money = (cents: number, currency: string) => new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);

const STATUS: Record<string, string> = { paid: "Paid", open: "Awaiting payment", void: "Void", uncollectible: "Uncollectible" };

export async function InvoicesSection({ viewer }: { viewer: Viewer }) {
  const list = await invoicesFor(viewer);
  if (list.ok && list.invoices.length === 0) return null;
  return (
    <section className="mt-8" aria-labelledby="invoices">
      <h2 id="invoices" className="font-serif text-xl font-bold">
        Receipts and invoices
      </h2>
      {!list.ok ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {list.message}
        </p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Your receipts and invoices, newest first</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2 pr-3">
                Date
              </th>
              <th scope="col" className="py-2 pr-3">
                Invoice
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                Amount
              </th>
              <th scope="col" className="py-2 pr-3">
                Status
              </th>
              <th scope="col" className="py-2">
                Documents
              </th>
            </tr>
          </thead>
          <tbody>
            {list.invoices.map((i) => (
              <tr key={i.id} className="border-b border-neutral-200">
                <td className="py-2 pr-3">{formatDate(i.created)}</td>
                <td className="py-2 pr-3">
                  {i.number ?? i.id}
                  {i.billedTo && <span className="block text-xs text-muted">{i.billedTo}</span>}
                </td>
                <td className="py-2 pr-3 text-right">{money(i.total, i.currency)}</td>
                <td className="py-2 pr-3">
                  {STATUS[i.status] ?? i.status}
                  {i.status === "open" && i.dueDate && <span className="block text-xs text-muted">due {formatDate(i.dueDate)}</span>}
                  {i.status === "paid" && i.paidAt && <span className="block text-xs text-muted">{formatDate(i.paidAt)}</span>}
                </td>
                <td className="py-2">
                  {i.hostedUrl && (
                    <a href={i.hostedUrl} className="text-brand underline" rel="noopener noreferrer">
                      {i.status === "open" ? "View and pay" : i.status === "paid" ? "Receipt" : "View"}
                      <span className="sr-only"> {i.number ?? i.id}</span>
                    </a>
                  )}
                  {i.pdfUrl && (
                    <>
                      {" · "}
                      <a href={i.pdfUrl} className="text-brand underline" rel="noopener noreferrer">
                        PDF<span className="sr-only"> of {i.number ?? i.id}</span>
                      </a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
