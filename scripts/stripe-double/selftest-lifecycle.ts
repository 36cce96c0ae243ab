// Second half of the self-test: what happens after checkout — renewals via
// the test clock, failed payments, cancellation, plan switches, the billing
// portal — plus delivery through a receiver outage, persistence and reset.
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { startStripeDouble, type StripeDouble } from "./server.ts";
import { assert, control, eq, get, postForm, rejects, sleep, startReceiver, type Receiver, type Runner } from "./selftest-kit.ts";

export interface Fixtures {
  monthlyPriceId: string;
  yearlyPriceId: string;
  customerId: string;
  sessionId: string;
  sub1Id: string;
  sub2Id: string;
  customer2Id: string;
}

export interface Env {
  stripe: Stripe;
  double: StripeDouble;
  receiver: Receiver;
  run: Runner;
  secret: string;
  verifier: Stripe;
}

type Sub = Stripe.Subscription;
/** The current period: on the subscription's items in API 2026-10-28. */
const period = (s: Sub) => ({ start: s.items.data[0].current_period_start, end: s.items.data[0].current_period_end });
const DAY = 86400;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function runLifecycleTests(env: Env, f: Fixtures): Promise<void> {
  const { stripe, double, receiver, run, secret } = env;
  const sub = async (id: string): Promise<Sub> => (await stripe.subscriptions.retrieve(id)) as unknown as Sub;
  const advance = async (seconds: number): Promise<Array<{ id: string; type: string }>> => {
    const r = await control(double.url, "/_double/clock/advance", { seconds });
    eq(r.status, 200, "clock advance");
    return r.json().events;
  };
  // Only webhooks received after `since` (a mark()) count, so an older event
  // that happens to match cannot satisfy a newer expectation.
  const mark = async (): Promise<number> => {
    await control(double.url, "/_double/webhooks/flush", { timeout_ms: 20_000 });
    return receiver.verified().length;
  };
  const webhook = async (since: number, type: string, pred: (o: Record<string, unknown>) => boolean): Promise<Stripe.Event> => {
    const hits = (evs: Stripe.Event[]): Stripe.Event[] =>
      evs.slice(since).filter((e) => e.type === type && pred(e.data.object as unknown as Record<string, unknown>));
    return hits(await receiver.waitFor((evs) => hits(evs).length > 0))[0];
  };
  const newSession = (params: Partial<Stripe.Checkout.SessionCreateParams>): Promise<Stripe.Checkout.Session> =>
    stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ price: f.monthlyPriceId, quantity: 1 }],
      success_url: "http://localhost:3000/ok?s={CHECKOUT_SESSION_ID}",
      ...params,
    });

  await run.test("checkout with customer_email via /_double/checkout/:id/complete (declined first)", async () => {
    const m = await mark();
    const s = await newSession({ customer_email: "new.reader@example.com" });
    const declined = await control(double.url, `/_double/checkout/${s.id}/complete`, { card: "4000000000000341" });
    eq(declined.status, 402, "declined status");
    const e = declined.json().error;
    eq([e.type, e.code, e.decline_code, e.message], ["card_error", "card_declined", "generic_decline", "Your card was declined."], "card error");
    eq((await stripe.customers.list({ email: "new.reader@example.com" })).data.length, 0, "no customer after decline");
    const ok = await control(double.url, `/_double/checkout/${s.id}/complete`, { card: "4242 4242 4242 4242" });
    eq(ok.status, 200, "complete status");
    const j = ok.json();
    eq([j.subscription.status, j.session.status, j.redirect_url], ["active", "complete", `http://localhost:3000/ok?s=${s.id}`], "outcome");
    const customers = await stripe.customers.list({ email: "new.reader@example.com" });
    eq(
      customers.data.map((c) => c.id),
      [j.session.customer],
      "customer created from customer_email",
    );
    await webhook(m, "customer.created", (o) => o.id === j.session.customer);
    await webhook(m, "checkout.session.completed", (o) => o.id === s.id);
    Object.assign(f, { sub2Id: j.subscription.id, customer2Id: j.session.customer });
  });

  await run.test("clock advance: renewal → customer.subscription.updated + invoice.paid; open sessions expire", async () => {
    const m = await mark();
    const before = await sub(f.sub1Id);
    const pending = await newSession({ customer: f.customerId });
    const events = await advance(32 * DAY);
    const after = await sub(f.sub1Id);
    eq([after.status, period(after).start], ["active", period(before).end], "new period starts at old end");
    assert(events.some((e) => e.type === "invoice.paid") && events.some((e) => e.type === "customer.subscription.updated"), JSON.stringify(events));
    const invoices = await stripe.invoices.list({ subscription: f.sub1Id });
    eq(
      invoices.data.map((i) => [i.billing_reason, i.status]),
      [
        ["subscription_cycle", "paid"],
        ["subscription_create", "paid"],
      ],
      "invoices newest first",
    );
    eq(invoices.data[0].lines.data[0].period, period(after), "line period = service period");
    const updated = await webhook(m, "customer.subscription.updated", (o) => o.id === f.sub1Id);
    const prevItems = (updated.data.previous_attributes as { items?: Stripe.ApiList<Stripe.SubscriptionItem> }).items;
    eq(prevItems?.data[0].current_period_end, period(before).end, "previous_attributes carry the old item period");
    await webhook(m, "invoice.paid", (o) => o.id === invoices.data[0].id);
    eq((await stripe.checkout.sessions.retrieve(pending.id)).status, "expired", "session expired after 24h");
    assert((await get(`${double.url}/checkout/${pending.id}`)).text.includes("expired"), "hosted page says expired");
  });

  await run.test("failed renewal: invoice.payment_failed + past_due; /_double pay → invoice.paid, active", async () => {
    let m = await mark();
    eq((await control(double.url, `/_double/customers/${f.customerId}/fail_next_payment`, { fail: true })).status, 200, "flag");
    await advance(32 * DAY);
    const s = await sub(f.sub1Id);
    eq(s.status, "past_due", "status");
    const inv = await stripe.invoices.retrieve(String(s.latest_invoice));
    eq([inv.status, inv.amount_paid], ["open", 0], "open invoice");
    await webhook(m, "invoice.payment_failed", (o) => o.id === inv.id);
    const upd = await webhook(m, "customer.subscription.updated", (o) => o.id === f.sub1Id && o.status === "past_due");
    eq((upd.data.previous_attributes as Record<string, unknown>).status, "active", "previous status");
    eq((await sub(f.sub2Id)).status, "active", "other customer unaffected");
    m = await mark();
    const paid = await control(double.url, `/_double/subscriptions/${f.sub1Id}/pay`);
    eq(paid.status, 200, "pay control");
    eq([(await sub(f.sub1Id)).status, (await stripe.invoices.retrieve(inv.id)).status], ["active", "paid"], "recovered");
    await webhook(m, "invoice.paid", (o) => o.id === inv.id);
  });

  await run.test("subscriptions.update: switch price via items[0][id], metadata", async () => {
    const m = await mark();
    const before = await sub(f.sub2Id);
    const item = before.items.data[0];
    const after = (await stripe.subscriptions.update(f.sub2Id, {
      items: [{ id: item.id, price: f.yearlyPriceId }],
      metadata: { note: "switched" },
    })) as unknown as Sub;
    eq([after.items.data[0].id, after.items.data[0].price.id], [item.id, f.yearlyPriceId], "same item, new price");
    eq(period(after).end, period(before).end, "period unchanged");
    eq(after.metadata.note, "switched", "metadata");
    const ev = await webhook(m, "customer.subscription.updated", (o) => o.id === f.sub2Id && (o.metadata as Record<string, string>).note === "switched");
    assert("items" in (ev.data.previous_attributes ?? {}), "previous_attributes.items");
  });

  await run.test("cancel_at_period_end → updated; clock past period end → deleted/canceled", async () => {
    let m = await mark();
    const updated = (await stripe.subscriptions.update(f.sub1Id, { cancel_at_period_end: true })) as unknown as Sub;
    eq([updated.cancel_at_period_end, updated.cancel_at, updated.status], [true, period(updated).end, "active"], "scheduled");
    const ev = await webhook(m, "customer.subscription.updated", (o) => o.id === f.sub1Id && o.cancel_at_period_end === true);
    eq((ev.data.previous_attributes as Record<string, unknown>).cancel_at_period_end, false, "previous cancel_at_period_end");
    m = await mark();
    await advance(32 * DAY);
    const s = await sub(f.sub1Id);
    eq([s.status, s.ended_at], ["canceled", period(updated).end], "canceled at period end");
    await webhook(m, "customer.subscription.deleted", (o) => o.id === f.sub1Id);
    const listed = async (status?: "all"): Promise<string[]> => (await stripe.subscriptions.list({ customer: f.customerId, status })).data.map((x) => x.id);
    assert((await listed("all")).includes(f.sub1Id) && !(await listed()).includes(f.sub1Id), "status=all vs default list");
  });

  await run.test("billing portal: session, page, cancel at period end / resume / switch / cancel now", async () => {
    let m = await mark();
    const portal = await stripe.billingPortal.sessions.create({ customer: f.customer2Id, return_url: "http://localhost:3000/account" });
    assert(
      portal.id.startsWith("bps_") && portal.object === "billing_portal.session" && portal.url.startsWith(`${double.url}/billing_portal/`),
      "portal session",
    );
    const page = await get(portal.url);
    for (const needle of ["Cancel at period end", "Cancel now", "Switch to", "http://localhost:3000/account"])
      assert(page.text.includes(needle), `portal shows ${needle}`);
    const act = async (action: string, fields: Record<string, string> = {}): Promise<void> => {
      const r = await postForm(`${portal.url}/subscriptions/${f.sub2Id}/${action}`, fields);
      eq(r.status, 303, `${action} status`);
    };
    await act("cancel_at_period_end");
    assert((await get(portal.url)).text.includes(">Resume</button>"), "Resume button appears");
    await webhook(m, "customer.subscription.updated", (o) => o.id === f.sub2Id && o.cancel_at_period_end === true);
    m = await mark();
    await act("resume");
    await webhook(m, "customer.subscription.updated", (o) => o.id === f.sub2Id && o.cancel_at_period_end === false && o.canceled_at === null);
    await act("switch", { price: f.monthlyPriceId });
    eq((await sub(f.sub2Id)).items.data[0].price.id, f.monthlyPriceId, "switched back to monthly");
    m = await mark();
    await act("cancel_now");
    eq((await sub(f.sub2Id)).status, "canceled", "canceled now");
    await webhook(m, "customer.subscription.deleted", (o) => o.id === f.sub2Id);
  });

  await run.test("subscriptions.cancel (DELETE) → canceled + customer.subscription.deleted", async () => {
    const m = await mark();
    const s = await newSession({ customer: f.customerId });
    const id = (await control(double.url, `/_double/checkout/${s.id}/complete`, { card: "4242424242424242" })).json().subscription.id as string;
    const canceled = await stripe.subscriptions.cancel(id);
    eq([canceled.status, canceled.cancellation_details?.reason], ["canceled", "cancellation_requested"], "canceled");
    await webhook(m, "customer.subscription.deleted", (o) => o.id === id);
    const again = await rejects(stripe.subscriptions.cancel(id), "cancel twice");
    assert(again instanceof stripe.errors.StripeInvalidRequestError, `got ${again.constructor.name}`);
  });

  await run.test("events & invoices through the SDK: filters, retrieve, auto-pagination", async () => {
    const paid = await stripe.events.list({ type: "invoice.paid", limit: 100 });
    assert(paid.data.length >= 3 && paid.data.every((e) => e.type === "invoice.paid"), "type filter");
    eq((await stripe.events.retrieve(paid.data[0].id)).id, paid.data[0].id, "retrieve");
    let n = 0;
    for await (const _ of stripe.events.list({ limit: 4 })) n += 1;
    eq(n, (await control(double.url, "GET /_double/events")).json().data.length, "auto-pagination sees every event");
    const invs = await stripe.invoices.list({ subscription: f.sub1Id });
    assert(invs.data.length === 3 && invs.data.every((i) => i.parent?.subscription_details?.subscription === f.sub1Id), "invoice filter");
  });

  await run.test("SDK helpers: listLineItems, nested expand, email-less checkout asks for an email", async () => {
    const items = await stripe.checkout.sessions.listLineItems(f.sessionId);
    eq(
      items.data.map((i) => i.price?.id),
      [f.monthlyPriceId],
      "checkout line items",
    );
    const s = await stripe.subscriptions.retrieve(f.sub1Id, { expand: ["latest_invoice", "items.data.price.product"] });
    eq((s.latest_invoice as Stripe.Invoice).object, "invoice", "expanded latest_invoice");
    eq((s.items.data[0].price.product as Stripe.Product).object, "product", "expanded items.data.price.product");
    const lines = await stripe.invoices.listLineItems((s.latest_invoice as Stripe.Invoice).id);
    eq(lines.data[0].subscription, f.sub1Id, "invoice lines");
    const anon = await newSession({});
    const noEmail = await postForm(`${double.url}/checkout/${anon.id}/pay`, { cardNumber: "4242424242424242", cardExpiry: "12/34", cardCvc: "123" });
    assert(noEmail.status === 402 && noEmail.text.includes("Your email address is invalid."), "email required");
    const ok = await postForm(`${double.url}/checkout/${anon.id}/pay`, {
      email: "anon@example.com",
      cardNumber: "4242424242424242",
      cardExpiry: "12/34",
      cardCvc: "123",
    });
    eq(ok.status, 303, "pays once an email is given");
  });

  await run.test("webhooks survive a receiver outage (connection refused → retried → delivered)", async () => {
    const port = await freePort();
    const d2 = await startStripeDouble({
      webhookUrl: `http://127.0.0.1:${port}/hook`,
      webhookSecret: secret,
      webhookRetry: { initialDelayMs: 100, maxDelayMs: 400 },
    });
    const s2 = new Stripe("sk_test_outage", { host: "127.0.0.1", port: d2.port, protocol: "http", telemetry: false });
    let late: Receiver | undefined;
    try {
      const c = await s2.customers.create({ email: "outage@example.com" });
      await sleep(700);
      const d = (await control(d2.url, "GET /_double/events")).json().data[0].delivery;
      assert(d.status === "pending" && d.attempts >= 2 && d.last_error, `delivery while down: ${JSON.stringify(d)}`);
      late = await startReceiver(env.verifier, secret, port);
      const evs = await late.waitFor((e) => e.length === 1, 5000);
      eq([evs[0].type, (evs[0].data.object as Stripe.Customer).id], ["customer.created", c.id], "delivered after recovery");
    } finally {
      await d2.stop();
      await late?.close();
    }
  });

  await run.test("persistence: statePath keeps objects and the clock across restarts", async () => {
    const path = join(tmpdir(), `stripe-double-selftest-${process.pid}.json`);
    try {
      const a = await startStripeDouble({ webhookSecret: secret, statePath: path });
      const sa = new Stripe("sk_test_persist", { host: "127.0.0.1", port: a.port, protocol: "http", telemetry: false });
      const c = await sa.customers.create({ email: "persist@example.com" });
      await control(a.url, "/_double/clock/advance", { seconds: 10 * DAY });
      await a.stop();
      const b = await startStripeDouble({ webhookSecret: secret, statePath: path });
      const sb = new Stripe("sk_test_persist", { host: "127.0.0.1", port: b.port, protocol: "http", telemetry: false });
      eq(((await sb.customers.retrieve(c.id)) as Stripe.Customer).email, "persist@example.com", "customer survived");
      const offset = (await control(b.url, "GET /_double/clock")).json().offset_seconds;
      eq(offset, 10 * DAY, "clock offset survived");
      await b.stop();
    } finally {
      rmSync(path, { force: true });
    }
  });

  await run.test("reset: POST /_double/reset empties the double", async () => {
    eq((await control(double.url, "/_double/reset")).status, 200, "reset");
    eq((await stripe.customers.list()).data.length, 0, "no customers");
    eq((await control(double.url, "GET /_double/events")).json().data.length, 0, "no events");
    eq((await control(double.url, "GET /_double/clock")).json().offset_seconds, 0, "clock back to real time");
  });
}
