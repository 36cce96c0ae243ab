// Receipts and invoices for the account page: every invoice Stripe holds for
// the reader's own billing customer and for the licences they administer,
// with links to Stripe's hosted invoice page and PDF.
import type { Viewer } from "../access/index.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { stripe } from "./stripe.ts";

const log = logger("billing");

export type InvoiceRow = {
  id: string;
  number: string | null;
  /** "paid" is a receipt; "open" awaits payment (due date); "void"/"uncollectible" as Stripe says. */
  status: string;
  total: number;
  currency: string;
  created: Date;
  dueDate: Date | null;
  paidAt: Date | null;
  hostedUrl: string | null;
  pdfUrl: string | null;
  billedTo: string | null;
  reason: string | null;
};

export type InvoiceList = { ok: true; invoices: InvoiceRow[] } | { ok: false; message: string };

/** The Stripe customers whose invoices this reader may see: their own, and those of licences they administer. */
async function customersOf(userId: string): Promise<string[]> {
  const [user, subs] = await Promise.all([
    db().user.findUnique({ where: { id: userId }, select: { stripeCustomerId: true } }),
    db().subscription.findMany({
      where: { stripeCustomerId: { not: null }, OR: [{ userId }, { organization: { members: { some: { userId, isAdmin: true } } } }] },
      select: { stripeCustomerId: true },
    }),
  ]);
  return [...new Set([user?.stripeCustomerId, ...subs.map((s) => s.stripeCustomerId)].filter((c): c is string => Boolean(c)))];
}

export async function invoicesFor(viewer: Viewer, limit = 24): Promise<InvoiceList> {
  if (!viewer.userId) return { ok: true, invoices: [] };
  const customers = await customersOf(viewer.userId);
  if (customers.length === 0) return { ok: true, invoices: [] };
  try {
    const lists = await Promise.all(customers.map((customer) => stripe().invoices.list({ customer, limit })));
    const invoices = lists
      .flatMap((l) => l.data)
      .filter((i) => i.status !== "draft")
      .map((i): InvoiceRow => ({
        id: i.id!,
        number: i.number,
        status: i.status ?? "open",
        total: i.total,
        currency: i.currency,
        created: new Date(i.created * 1000),
        dueDate: i.due_date ? new Date(i.due_date * 1000) : null,
        paidAt: i.status_transitions.paid_at ? new Date(i.status_transitions.paid_at * 1000) : null,
        hostedUrl: i.hosted_invoice_url ?? null,
        pdfUrl: i.invoice_pdf ?? null,
        billedTo: i.customer_name ?? i.customer_email,
        reason: i.billing_reason,
      }))
      .sort((a, b) => b.created.getTime() - a.created.getTime())
      .slice(0, limit);
    return { ok: true, invoices };
  } catch (e) {
    log.error("invoices could not be listed", { error: (e as Error).message });
    return { ok: false, message: "Your invoices could not be loaded from our payment provider just now. Please reload the page in a minute." };
  }
}
