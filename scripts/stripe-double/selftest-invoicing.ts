// Self-tests for invoice billing: send_invoice subscriptions with net-30
// terms, custom fields and tax IDs, the hosted invoice page, overdue
// invoices, prorated seat changes and invoices.createPreview.
import Stripe from "stripe";
import type { StripeDouble } from "./server.ts";
import { assert, control, eq, get, postForm, rejects, type Receiver, type Runner } from "./selftest-kit.ts";

const DAY = 86400;

export async function runInvoicingTests(env: { stripe: Stripe; double: StripeDouble; receiver: Receiver; run: Runner }): Promise<void> {
  const { stripe, double, receiver, run } = env;
  const product = await stripe.products.create({ name: "Site licence" });
  const price = await stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 60_000, recurring: { interval: "year" } });
  const f = { customer: "", sub: "", invoice: "" };
  const mark = async (): Promise<number> => {
    await control(double.url, "/_double/webhooks/flush", { timeout_ms: 20_000 });
    return receiver.verified().length;
  };
  const since = async (m: number): Promise<Stripe.Event[]> => {
    await control(double.url, "/_double/webhooks/flush", { timeout_ms: 20_000 });
    return receiver.verified().slice(m);
  };
  const advance = async (seconds: number) => (await control(double.url, "/_double/clock/advance", { seconds })).json();
  // Other tests' monthly subscriptions renew as the clock moves: only this licence's events count.
  const mine = (e: Stripe.Event): boolean => {
    const o = e.data.object as { id: string; parent?: Stripe.Invoice["parent"] };
    return o.id === f.sub || o.parent?.subscription_details?.subscription === f.sub;
  };
  const myTypes = async (m: number): Promise<string[]> => (await since(m)).filter(mine).map((e) => e.type);

  await run.test("customer with a PO number (custom field) and an EU VAT ID; a malformed VAT ID is refused", async () => {
    const bad = await rejects(stripe.customers.create({ email: "ap@acme.example", tax_id_data: [{ type: "eu_vat", value: "XX123" }] }), "bad vat");
    assert(bad instanceof Stripe.errors.StripeInvalidRequestError && (bad as Stripe.errors.StripeError).code === "tax_id_invalid", `got ${bad.message}`);
    eq((await stripe.customers.list({ email: "ap@acme.example" })).data.length, 0, "no customer left behind");
    const c = await stripe.customers.create({
      email: "ap@acme.example",
      name: "Acme GmbH — Accounts payable",
      tax_id_data: [{ type: "eu_vat", value: "DE 123 456 789" }],
      invoice_settings: { custom_fields: [{ name: "PO number", value: "PO-2026-0042" }] },
    });
    eq(c.invoice_settings.custom_fields, [{ name: "PO number", value: "PO-2026-0042" }], "custom fields");
    const ids = await stripe.customers.listTaxIds(c.id);
    eq(
      ids.data.map((t) => [t.type, t.value, t.country, t.verification?.status]),
      [["eu_vat", "DE123456789", "DE", "pending"]],
      "tax ids",
    );
    f.customer = c.id;
  });

  await run.test("subscriptions.create send_invoice (net 30): active, first invoice finalized with due date, PO and tax ID; events", async () => {
    await rejects(stripe.subscriptions.create({ customer: f.customer, items: [{ price: price.id, quantity: 3 }] }), "charge_automatically needs a card");
    await rejects(
      stripe.subscriptions.create({ customer: f.customer, items: [{ price: price.id }], collection_method: "send_invoice" }),
      "days_until_due required",
    );
    const m = await mark();
    const sub = await stripe.subscriptions.create({
      customer: f.customer,
      items: [{ price: price.id, quantity: 3 }],
      collection_method: "send_invoice",
      days_until_due: 30,
      metadata: { kind: "site-licence" },
      expand: ["latest_invoice"],
    });
    const inv = sub.latest_invoice as Stripe.Invoice;
    eq([sub.status, sub.collection_method, sub.days_until_due], ["active", "send_invoice", 30], "subscription");
    eq([inv.status, inv.collection_method, inv.amount_due, inv.amount_paid], ["open", "send_invoice", 180_000, 0], "invoice");
    eq(inv.due_date, inv.status_transitions.finalized_at! + 30 * DAY, "due 30 days after finalization");
    eq(inv.custom_fields, [{ name: "PO number", value: "PO-2026-0042" }], "PO on the invoice");
    eq(inv.customer_tax_ids, [{ type: "eu_vat", value: "DE123456789" }], "tax id on the invoice");
    eq(inv.parent?.subscription_details?.subscription, sub.id, "invoice → subscription");
    assert(inv.number && inv.hosted_invoice_url?.endsWith(`/invoices/${inv.id}`) && inv.invoice_pdf, "number, hosted page and pdf");
    eq(
      (await since(m)).map((e) => e.type),
      ["customer.subscription.created", "invoice.created", "invoice.finalized"],
      "events",
    );
    Object.assign(f, { sub: sub.id, invoice: inv.id });
  });

  await run.test("hosted invoice page: due date, PO, tax ID and a Pay button; the PDF link is a PDF", async () => {
    const page = await get(`${double.url}/invoices/${f.invoice}`);
    for (const text of ["PO-2026-0042", "DE123456789", "Due:", '<button type="submit">Pay $1,800.00</button>'])
      assert(page.text.includes(text), `page shows ${text}`);
    const pdf = await fetch(`${double.url}/invoices/${f.invoice}/pdf`);
    eq([pdf.status, pdf.headers.get("content-type")], [200, "application/pdf"], "pdf response");
    assert((await pdf.text()).startsWith("%PDF-1.4"), "pdf magic");
  });

  await run.test("past the due date: invoice.overdue and the subscription past_due; paying on the hosted page → invoice.paid, active", async () => {
    let m = await mark();
    await advance(29 * DAY);
    eq(await myTypes(m), [], "nothing before the due date");
    m = await mark();
    await advance(2 * DAY);
    eq(await myTypes(m), ["invoice.overdue", "customer.subscription.updated"], "overdue events");
    m = await mark();
    eq((await stripe.subscriptions.retrieve(f.sub)).status, "past_due", "past_due");
    const paid = await postForm(`${double.url}/invoices/${f.invoice}/pay`, {});
    eq(paid.status, 303, "pay redirects back to the page");
    const inv = await stripe.invoices.retrieve(f.invoice);
    eq([inv.status, inv.amount_paid, inv.amount_remaining], ["paid", 180_000, 0], "paid");
    eq((await stripe.subscriptions.retrieve(f.sub)).status, "active", "active again");
    eq(await myTypes(m), ["invoice.paid", "customer.subscription.updated"], "paid events");
    eq((await postForm(`${double.url}/invoices/${f.invoice}/pay`, {})).status, 409, "a paid invoice cannot be paid again");
  });

  await run.test(
    "seat change: createPreview shows the prorated next invoice; create_prorations bills it at renewal; the renewal is a draft for an hour",
    async () => {
      const sub = await stripe.subscriptions.retrieve(f.sub);
      const item = sub.items.data[0];
      const { now } = (await control(double.url, "GET /_double/clock")).json();
      const fraction = (item.current_period_end - now) / (item.current_period_end - item.current_period_start);
      const preview = await stripe.invoices.createPreview({
        customer: f.customer,
        subscription: f.sub,
        subscription_details: { items: [{ id: item.id, quantity: 5 }], proration_behavior: "create_prorations", proration_date: now },
      });
      const prorations = preview.lines.data.filter((l) => l.parent?.subscription_item_details?.proration);
      eq(
        prorations.map((l) => l.amount),
        [-Math.round(180_000 * fraction), Math.round(300_000 * fraction)],
        "credit for 3 seats, charge for 5, for the rest of the period",
      );
      eq(preview.amount_due, 300_000 - Math.round(180_000 * fraction) + Math.round(300_000 * fraction), "next invoice = 5 seats + prorations");
      eq([preview.status, preview.hosted_invoice_url], ["draft", null], "a preview is no document");
      eq((await stripe.invoices.list({ subscription: f.sub })).data.length, 1, "a preview creates no invoice");

      await stripe.subscriptions.update(f.sub, { items: [{ id: item.id, quantity: 5 }], proration_behavior: "create_prorations" });
      eq((await stripe.invoices.list({ subscription: f.sub })).data.length, 1, "create_prorations invoices nothing yet");
      const m = await mark();
      await advance(item.current_period_end - now + 3600 + 60);
      eq(await myTypes(m), ["customer.subscription.updated", "invoice.created", "invoice.finalized"], "renewal events (the clock passed the draft's hour too)");
      const [latest] = (await stripe.invoices.list({ subscription: f.sub, limit: 1 })).data;
      eq([latest.billing_reason, latest.status, latest.amount_due], ["subscription_cycle", "open", preview.amount_due], "renewal invoice = the preview");
      eq(latest.status_transitions.finalized_at, latest.created + 3600, "finalized an hour after creation");
      eq(latest.due_date, latest.created + 3600 + 30 * DAY, "due 30 days after finalization");
      eq((await stripe.subscriptions.retrieve(f.sub)).status, "active", "an open invoice within its terms keeps the subscription active");
    },
  );

  await run.test("always_invoice: a seat cut is invoiced at once as a credit-only proration invoice, paid at finalization", async () => {
    const sub = await stripe.subscriptions.retrieve(f.sub);
    const updated = await stripe.subscriptions.update(f.sub, {
      items: [{ id: sub.items.data[0].id, quantity: 4 }],
      proration_behavior: "always_invoice",
      expand: ["latest_invoice"],
    });
    const inv = updated.latest_invoice as Stripe.Invoice;
    // Nothing to pay: Stripe marks a zero-amount invoice paid when it is finalized (the credit goes to the customer's balance).
    eq([inv.billing_reason, inv.status], ["subscription_update", "paid"], "immediate invoice");
    assert(inv.total < 0 && inv.amount_due === 0, `credit: total ${inv.total}, due ${inv.amount_due}`);
    assert(
      inv.lines.data.every((l) => l.parent?.subscription_item_details?.proration),
      "proration lines only",
    );
  });
}
