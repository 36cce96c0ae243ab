// Licences bought by invoice (issue 19 item 4): the form and its VAT check,
// access that follows the invoice (finalized → access, paid → stays, overdue
// past grace → ends) through the double's webhooks delivered shuffled and
// twice, prorated seat changes shown before they are confirmed, and the
// account page's list of invoices (item 5).
import { describe, expect, inject, it } from "vitest";
import type Stripe from "stripe";
import { grantIsActive, TEST_POLICY } from "../support/rules.ts";
import { base, sessionCookie, submitForm, testDb } from "../support/fixtures.ts";
import { control, deliver, events, flush, stripeClient, waitFor } from "../support/stripe.ts";

const ARTICLE = "/articles/2007090041";
const BODY = "Integrated Joint Operations Platform";
const DAY = 86_400_000;

const FORM = {
  organizationName: "Acme Trade GmbH",
  seats: "3",
  billingName: "Petra Payables",
  billingEmail: "ap@acme-trade.example",
  poNumber: "PO-4711",
  country: "DE",
  taxId: "DE 136 695 976",
};

async function read(cookie: string) {
  return (await fetch(`${base()}${ARTICLE}`, { headers: { cookie } })).text();
}

async function buy(fields: Record<string, string> = FORM) {
  const who = await sessionCookie({ kind: "preview-expired" });
  const r = await submitForm("/subscribe/invoice", { intent: "invoice-purchase" }, fields, { cookie: who.cookie });
  return { ...who, r };
}

const licenceRow = (userId: string) =>
  testDb().subscription.findFirst({ where: { organization: { members: { some: { userId, isAdmin: true } } } }, orderBy: { createdAt: "desc" } });

const invoiceIdOf = (hostedUrl: string) => hostedUrl.split("/invoices/")[1].split(/[/?#]/)[0];

/** Let go of the held events in a shuffled order with late duplicates, and wait until they are delivered. */
async function releaseShuffled(seed: number, duplicates: number) {
  const r = await control<{ delivery_order: { id: string; type: string }[] }>("webhooks/release", { order: "shuffled", seed, duplicates });
  await flush();
  return r.delivery_order;
}

async function advanceTo(unixSeconds: number) {
  const { now } = await control<{ now: number }>("clock");
  await control("clock/advance", { seconds: Math.max(0, unixSeconds - now) });
}

describe("buying a licence by invoice", () => {
  it("a VAT number that fails its check digit is refused in the form, what was typed stays, and nothing reaches Stripe", async () => {
    const { r } = await buy({ ...FORM, taxId: "DE123456789", billingEmail: "refused@acme-trade.example" });
    expect(r.status).toBe(200);
    const html = (await r.text()).replace(/<!-- -->/g, "");
    expect(html).toContain("does not pass its check digit");
    expect(html).toContain('value="PO-4711"');
    expect(html).toContain('value="Acme Trade GmbH"');
    expect((await stripeClient().customers.list({ email: "refused@acme-trade.example" })).data).toHaveLength(0);
  });

  it("finalized → access; paid → stays; overdue past grace → ends; each step's webhooks shuffled with late duplicates, and all of them replayed out of order", async () => {
    await control("webhooks/hold", {});
    const buyer = await buy();
    expect(buyer.r.status).toBe(303);
    const hosted = buyer.r.headers.get("location")!;
    expect(hosted.startsWith(`${inject("stripeUrl")}/invoices/in_`)).toBe(true);
    const stripe = stripeClient();
    const first = await stripe.invoices.retrieve(invoiceIdOf(hosted));
    expect(first.collection_method).toBe("send_invoice");
    expect(first.status).toBe("open");
    expect(first.due_date! - first.status_transitions.finalized_at!).toBe(30 * 86400);
    expect(first.custom_fields).toEqual([
      { name: "PO number", value: "PO-4711" },
      { name: "Billing contact", value: "Petra Payables" },
    ]);
    expect(first.customer_tax_ids).toEqual([{ type: "eu_vat", value: "DE136695976" }]);
    expect(first.customer_email).toBe("ap@acme-trade.example");
    const subId = first.parent!.subscription_details!.subscription as string;

    // 1. Finalized: the licence reads in full, bounded by the invoice's due date.
    const order1 = await releaseShuffled(11, 2);
    expect(order1.map((e) => e.type)).toEqual(expect.arrayContaining(["customer.subscription.created", "invoice.finalized"]));
    const active = await waitFor(() => licenceRow(buyer.userId), "licence row");
    expect(active.status).toBe("ACTIVE");
    expect(active.collectionMethod).toBe("send_invoice");
    expect(active.unpaidInvoiceDueAt?.getTime()).toBe(first.due_date! * 1000);
    expect(await read(buyer.cookie)).toContain(BODY);
    const org = await testDb().organization.findUniqueOrThrow({ where: { id: active.organizationId! } });
    expect([org.name, org.seats]).toEqual(["Acme Trade GmbH", 3]);

    // 2. Paid on the hosted invoice page: access stays, no due date bounds it any more.
    await control("webhooks/hold", {});
    const paid = await fetch(`${inject("stripeUrl")}/invoices/${first.id}/pay`, { method: "POST", redirect: "manual" });
    expect(paid.status).toBe(303);
    await releaseShuffled(5, 1);
    const afterPay = await waitFor(async () => {
      const r = await licenceRow(buyer.userId);
      return r?.unpaidInvoiceDueAt === null ? r : null;
    }, "paid");
    expect(afterPay.status).toBe("ACTIVE");
    expect(await read(buyer.cookie)).toContain(BODY);

    // 3. The renewal invoice (a draft for an hour, then finalized with 30-day terms) goes unpaid past its due date.
    await control("webhooks/hold", {});
    const sub = await stripe.subscriptions.retrieve(subId);
    await advanceTo(sub.items.data[0].current_period_end + 3600 + 31 * 86400);
    const order3 = await releaseShuffled(9, 3);
    expect(order3.map((e) => e.type)).toEqual(expect.arrayContaining(["invoice.created", "invoice.finalized", "invoice.overdue"]));
    const renewal = (await stripe.invoices.list({ subscription: subId, status: "open" })).data[0];
    expect(renewal.billing_reason).toBe("subscription_cycle");
    const overdue = await waitFor(async () => {
      const r = await licenceRow(buyer.userId);
      return r?.status === "PAST_DUE" ? r : null;
    }, "past due");
    const due = renewal.due_date! * 1000;
    expect(overdue.pastDueSince?.getTime()).toBe(due);
    expect(overdue.unpaidInvoiceDueAt?.getTime()).toBe(due);
    const grace = inject("paymentGraceDays");
    const grant = { ...overdue, source: "organization" as const };
    const policy = { ...TEST_POLICY, paymentGraceDays: grace };
    expect(grantIsActive(grant, new Date(due + grace * DAY - 60_000), policy)).toBe(true);
    expect(grantIsActive(grant, new Date(due + grace * DAY + 60_000), policy)).toBe(false);
    // The double's clock runs ahead of ours: move the due date into our past to see what a reader sees.
    const shift = (daysAgo: number) =>
      testDb().subscription.update({
        where: { id: overdue.id },
        data: { unpaidInvoiceDueAt: new Date(Date.now() - daysAgo * DAY), pastDueSince: new Date(Date.now() - daysAgo * DAY) },
      });
    await shift(grace - 1);
    expect(await read(buyer.cookie), "within the grace days").toContain(BODY);
    await shift(grace + 1);
    expect(await read(buyer.cookie), "past due plus grace").not.toContain(BODY);

    // 4. Every event of this licence again, to a clean slate, newest first and each twice: the same end state.
    const mine = (await events()).filter((e) => JSON.stringify(e.data.object).includes(subId));
    expect(mine.length).toBeGreaterThanOrEqual(8);
    await testDb().subscription.deleteMany({ where: { stripeSubscriptionId: subId } });
    await testDb().stripeEvent.deleteMany({ where: { id: { in: mine.map((e) => e.id) } } });
    for (const e of [...mine].reverse().flatMap((x) => [x, x])) expect((await deliver(JSON.stringify(e))).status, e.type).toBe(200);
    const replayed = await testDb().subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subId } });
    expect([replayed.status, replayed.pastDueSince?.getTime(), replayed.unpaidInvoiceDueAt?.getTime()]).toEqual(["PAST_DUE", due, due]);
  });

  it("a reader who already has a licence is shown it, and a crafted post makes no second customer", async () => {
    const buyer = await buy({ ...FORM, billingEmail: "second@acme-trade.example", poNumber: "PO-1" });
    expect(buyer.r.status).toBe(303);
    await flush();
    await waitFor(() => licenceRow(buyer.userId), "licence row");
    const page = await (await fetch(`${base()}/subscribe/invoice`, { headers: { cookie: buyer.cookie } })).text();
    expect(page).toContain("You already read every article through");
    const again = await submitForm(
      "/subscribe/invoice",
      { intent: "invoice-purchase" },
      { ...FORM, billingEmail: "third@acme-trade.example" },
      { cookie: buyer.cookie },
      {
        formFrom: { cookie: (await sessionCookie({ kind: "preview-expired" })).cookie },
      },
    );
    expect(again.status).toBe(200);
    expect((await stripeClient().customers.list({ email: "third@acme-trade.example" })).data).toHaveLength(0);
  });
});

describe("seat changes and the invoice list", () => {
  it("the admin sees the prorated next invoice before confirming; the renewal invoice is that amount; the account page lists the invoices with Stripe's links", async () => {
    const buyer = await buy({ ...FORM, billingEmail: "seats@acme-trade.example", poNumber: "PO-SEATS" });
    expect(buyer.r.status).toBe(303);
    await flush();
    const row = await waitFor(() => licenceRow(buyer.userId), "licence row");
    const orgId = row.organizationId!;
    const stripe = stripeClient();
    const sub = await stripe.subscriptions.retrieve(row.stripeSubscriptionId!);

    const licencePage = await (await fetch(`${base()}/account/organization/${orgId}`, { headers: { cookie: buyer.cookie } })).text();
    expect(licencePage).toContain(`action="/account/organization/${orgId}/seats"`);

    const previewPage = (await (await fetch(`${base()}/account/organization/${orgId}/seats?seats=5`, { headers: { cookie: buyer.cookie } })).text()).replace(
      /<!-- -->/g,
      "",
    );
    const preview = await stripe.invoices.createPreview({
      subscription: sub.id,
      subscription_details: { items: [{ id: sub.items.data[0].id, quantity: 5 }], proration_behavior: "create_prorations" },
    });
    const money = (c: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(c / 100);
    expect(previewPage).toContain("From 3 to 5 seats");
    expect(previewPage).toMatch(new RegExp(`data-testid="next-invoice"[^>]*>${money(preview.total).replace(/[$.]/g, "\\$&")}<`));
    // Nothing changes until the admin confirms.
    expect((await stripe.subscriptions.retrieve(sub.id)).items.data[0].quantity).toBe(3);
    const bad = await (await fetch(`${base()}/account/organization/${orgId}/seats?seats=1`, { headers: { cookie: buyer.cookie } })).text();
    expect(bad).toContain("A site licence has at least 2 seats.");

    // A stranger posting the admin's confirm form changes nothing.
    const stranger = await sessionCookie({ kind: "subscriber" });
    await submitForm(
      `/account/organization/${orgId}/seats?seats=7`,
      { organizationId: orgId, seats: "7" },
      {},
      { cookie: stranger.cookie },
      { formFrom: { cookie: buyer.cookie } },
    );
    expect((await testDb().organization.findUniqueOrThrow({ where: { id: orgId } })).seats).toBe(3);
    expect((await stripe.subscriptions.retrieve(sub.id)).items.data[0].quantity).toBe(3);

    const confirm = await submitForm(`/account/organization/${orgId}/seats?seats=5`, { organizationId: orgId, seats: "5" }, {}, { cookie: buyer.cookie });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get("location")).toContain(`/account/organization/${orgId}/seats?done=5`);
    expect((await testDb().organization.findUniqueOrThrow({ where: { id: orgId } })).seats).toBe(5);
    expect((await stripe.subscriptions.retrieve(sub.id)).items.data[0].quantity).toBe(5);

    // The account page lists the open invoice with its hosted page and PDF.
    const account = (await (await fetch(`${base()}/account`, { headers: { cookie: buyer.cookie } })).text()).replace(/<!-- -->/g, "");
    const [open] = (await stripe.invoices.list({ subscription: sub.id })).data;
    expect(account).toContain("Receipts and invoices");
    expect(account).toContain(open.number!);
    expect(account).toContain(`href="${open.hosted_invoice_url}"`);
    expect(account).toContain(`href="${open.invoice_pdf}"`);
    expect(account).toContain("Awaiting payment");
    const pdf = await fetch(open.invoice_pdf!);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");

    // The company pays the first invoice; at renewal Stripe issues the amount the admin was shown.
    expect((await fetch(`${open.hosted_invoice_url}/pay`, { method: "POST", redirect: "manual" })).status).toBe(303);
    await advanceTo(sub.items.data[0].current_period_end + 3600 + 60);
    await flush();
    const renewal = (await stripe.invoices.list({ subscription: sub.id, limit: 1 })).data[0] as Stripe.Invoice;
    expect(renewal.billing_reason).toBe("subscription_cycle");
    expect(renewal.total).toBe(preview.total);
  });
});

describe("renewing a card licence by invoice", () => {
  it("the admin switches renewals to invoicing; the card period stays; the renewal is an invoice with the PO and VAT ID, within its terms", async () => {
    const buyer = await sessionCookie({ kind: "preview-expired" });
    const r = await submitForm("/subscribe", { plan: "site-licence" }, { organizationName: "Card Co", seats: "2" }, { cookie: buyer.cookie });
    const sessionId = r.headers.get("location")!.split("/checkout/")[1];
    await control(`checkout/${sessionId}/complete`, { card: "4242424242424242" });
    await flush();
    const row = await waitFor(() => licenceRow(buyer.userId), "licence row");
    expect(row.collectionMethod).toBe("charge_automatically");
    const orgId = row.organizationId!;

    const bad = await submitForm(
      `/account/organization/${orgId}/billing`,
      { intent: "invoice-renewal" },
      { billingName: "Ann Payable", billingEmail: "ap@card.example", poNumber: "PO-77", country: "FR", taxId: "FR00000000000" },
      { cookie: buyer.cookie },
    );
    expect((await bad.text()).replace(/<!-- -->/g, "")).toMatch(/France VAT number|check digit/);
    const stripe = stripeClient();
    expect((await stripe.subscriptions.retrieve(row.stripeSubscriptionId!)).collection_method).toBe("charge_automatically");

    const ok = await submitForm(
      `/account/organization/${orgId}/billing`,
      { intent: "invoice-renewal" },
      { billingName: "Ann Payable", billingEmail: "ap@card.example", poNumber: "PO-77", country: "FR", taxId: "FR40303265045" },
      { cookie: buyer.cookie },
    );
    expect((await ok.text()).replace(/<!-- -->/g, "")).toContain("billed by invoice with 30-day terms, sent to ap@card.example");
    const sub = await stripe.subscriptions.retrieve(row.stripeSubscriptionId!);
    expect([sub.collection_method, sub.days_until_due]).toEqual(["send_invoice", 30]);
    await flush();
    expect((await licenceRow(buyer.userId))?.collectionMethod).toBe("send_invoice");

    await advanceTo(sub.items.data[0].current_period_end + 3600 + 60);
    await flush();
    const renewal = (await stripe.invoices.list({ subscription: sub.id, limit: 1 })).data[0];
    expect([renewal.billing_reason, renewal.collection_method, renewal.status]).toEqual(["subscription_cycle", "send_invoice", "open"]);
    expect(renewal.custom_fields).toEqual([
      { name: "PO number", value: "PO-77" },
      { name: "Billing contact", value: "Ann Payable" },
    ]);
    expect(renewal.customer_tax_ids).toEqual([{ type: "eu_vat", value: "FR40303265045" }]);
    expect(renewal.customer_email).toBe("ap@card.example");
    const after = await waitFor(async () => {
      const x = await licenceRow(buyer.userId);
      return x?.unpaidInvoiceDueAt ? x : null;
    }, "renewal invoice synced");
    expect(after.status).toBe("ACTIVE");
    expect(after.unpaidInvoiceDueAt?.getTime()).toBe(renewal.due_date! * 1000);
    expect(await read(buyer.cookie)).toContain(BODY);
  });
});
