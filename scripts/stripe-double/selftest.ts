// Self-test for the Stripe double, driven through the REAL stripe SDK
// (host/port/protocol pointed at the double) plus a local webhook receiver
// that verifies every delivery with stripe.webhooks.constructEvent.
//   cd /work/main && npx tsx scripts/stripe-double/selftest.ts [--verbose]
import Stripe from "stripe";
import { parseForm } from "./form-encoding.ts";
import { freshSecrets } from "../../lib/secrets.ts";
import { startStripeDouble } from "./server.ts";
import { assert, control, eq, get, postForm, rejects, Runner, startReceiver } from "./selftest-kit.ts";
import { runDeliveryTests } from "./selftest-delivery.ts";
import { runInvoicingTests } from "./selftest-invoicing.ts";
import { runLifecycleTests, type Fixtures } from "./selftest-lifecycle.ts";

const SECRET = freshSecrets().stripeWebhook;
const verbose = process.argv.includes("--verbose");
const run = new Runner();

// Used only for webhooks.constructEvent (pure crypto); pointed at localhost
// anyway so nothing here could ever reach api.stripe.com.
const verifier = new Stripe("sk_test_verifier", { host: "127.0.0.1", port: 9, protocol: "http" });
const receiver = await startReceiver(verifier, SECRET);
receiver.failNext(2); // the very first delivery gets two 500s before a 200
const double = await startStripeDouble({
  port: 0,
  webhookUrl: receiver.url,
  webhookSecret: SECRET,
  log: verbose ? (l) => console.log(`    [double] ${l}`) : undefined,
});
const stripe = new Stripe("sk_test_selftest", { host: "127.0.0.1", port: double.port, protocol: "http", telemetry: false });
const f = {} as Fixtures;
const SUCCESS_URL = "http://localhost:3000/subscribe/success?session_id={CHECKOUT_SESSION_ID}";

async function doubleEvents(): Promise<Array<{ event: Stripe.Event; delivery: { status: string; attempts: number; last_status: number | null } | null }>> {
  return (await control(double.url, "GET /_double/events")).json().data;
}

console.log(`Stripe double at ${double.url}, webhook receiver at ${receiver.url}\n`);

await run.test("form encoding: bracket syntax, [] and [n] arrays, nested hashes", async () => {
  const body =
    "a%5Bb%5D%5B0%5D%5Bc%5D=x&expand[]=data.product&expand[]=subscription&line_items[0][price]=price_1&line_items[0][quantity]=2" +
    "&metadata[user_id]=u+1&subscription_data[metadata][plan]=pro&lookup_keys[0]=k0&lookup_keys[1]=k1&__proto__[polluted]=1";
  const parsed = parseForm(body);
  eq(parsed.a, { b: { "0": { c: "x" } } }, "a[b][0][c]");
  eq(parsed.expand, ["data.product", "subscription"], "expand[]");
  eq(parsed.line_items, { "0": { price: "price_1", quantity: "2" } }, "line_items[0][..]");
  eq(parsed.metadata, { user_id: "u 1" }, "metadata[k] with + as space");
  eq(parsed.subscription_data, { metadata: { plan: "pro" } }, "subscription_data[metadata][k]");
  eq(parsed.lookup_keys, { "0": "k0", "1": "k1" }, "lookup_keys[n]");
  assert(({} as Record<string, unknown>).polluted === undefined, "prototype must not be polluted");
});

await run.test("auth: no API key → 401 with Stripe's error JSON; live key → StripeAuthenticationError", async () => {
  const r = await get(`${double.url}/v1/customers`);
  eq(r.status, 401, "status");
  const j = r.json();
  eq(j.error.type, "invalid_request_error", "error.type");
  assert(String(j.error.message).startsWith("You did not provide an API key"), `message: ${j.error.message}`);
  const live = new Stripe("sk_live_should_not_work", { host: "127.0.0.1", port: double.port, protocol: "http", maxNetworkRetries: 0 });
  const err = await rejects(live.customers.list(), "live key");
  assert(err instanceof stripe.errors.StripeAuthenticationError, `expected StripeAuthenticationError, got ${err.constructor.name}`);
});

await run.test("products & prices: lookup_key, list by lookup_keys with expand data.product", async () => {
  const product = await stripe.products.create({ name: "Trade Law Daily Premium", metadata: { tier: "premium" } });
  assert(product.id.startsWith("prod_") && product.object === "product" && product.livemode === false, "product shape");
  const monthly = await stripe.prices.create({
    product: product.id,
    currency: "usd",
    unit_amount: 1500,
    recurring: { interval: "month" },
    lookup_key: "premium_monthly",
  });
  const yearly = await stripe.prices.create({
    product: product.id,
    currency: "usd",
    unit_amount: 15000,
    recurring: { interval: "year" },
    lookup_key: "premium_yearly",
  });
  assert(monthly.id.startsWith("price_") && monthly.type === "recurring" && monthly.recurring?.interval === "month", "price shape");
  const found = await stripe.prices.list({ lookup_keys: ["premium_monthly"], active: true, expand: ["data.product"] });
  eq(
    found.data.map((p) => p.id),
    [monthly.id],
    "found by lookup key",
  );
  eq((found.data[0].product as Stripe.Product).name, "Trade Law Daily Premium", "expanded product");
  const dup = await rejects(
    stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 1, recurring: { interval: "month" }, lookup_key: "premium_monthly" }),
    "dup key",
  );
  assert(dup instanceof stripe.errors.StripeInvalidRequestError && dup.message.includes("already uses that lookup key"), dup.message);
  const inline = await stripe.prices.create({
    product_data: { name: "Old plan" },
    currency: "usd",
    unit_amount: 900,
    recurring: { interval: "month" },
    lookup_key: "legacy",
  });
  const moved = await stripe.prices.create({
    product: String(inline.product),
    currency: "usd",
    unit_amount: 1000,
    recurring: { interval: "month" },
    lookup_key: "legacy",
    transfer_lookup_key: true,
  });
  eq(
    (await stripe.prices.list({ lookup_keys: ["legacy"] })).data.map((p) => p.id),
    [moved.id],
    "transfer_lookup_key moved the key",
  );
  eq((await stripe.prices.retrieve(inline.id)).lookup_key, null, "old price lost the key");
  await stripe.prices.update(inline.id, { active: false });
  await stripe.prices.update(moved.id, { active: false });
  Object.assign(f, { monthlyPriceId: monthly.id, yearlyPriceId: yearly.id });
});

await run.test("customers: create, retrieve, update, list by email", async () => {
  const c = await stripe.customers.create({ email: "reader@example.com", name: "Ada Reader", metadata: { userId: "user_1" } });
  assert(c.id.startsWith("cus_") && c.object === "customer" && typeof c.created === "number", "customer shape");
  eq(((await stripe.customers.retrieve(c.id)) as Stripe.Customer).email, "reader@example.com", "retrieve");
  const u = await stripe.customers.update(c.id, { name: "Ada L. Reader", metadata: { plan: "premium" } });
  eq(u.metadata, { userId: "user_1", plan: "premium" }, "metadata merge");
  eq(
    (await stripe.customers.list({ email: "reader@example.com" })).data.map((x) => x.id),
    [c.id],
    "list by email",
  );
  eq((await stripe.customers.list({ email: "nobody@example.com" })).data.length, 0, "no match");
  f.customerId = c.id;
});

await run.test("errors: missing customer → StripeInvalidRequestError (404, resource_missing)", async () => {
  const err = await rejects(stripe.customers.retrieve("cus_doesnotexist"), "missing customer");
  assert(err instanceof stripe.errors.StripeInvalidRequestError, `got ${err.constructor.name}`);
  eq(err.message, "No such customer: 'cus_doesnotexist'", "message");
  eq([err.statusCode, err.code, err.param], [404, "resource_missing", "id"], "status/code/param");
  const raw = (await get(`${double.url}/v1/customers/cus_nope`, { Authorization: "Bearer sk_test_x" })).json();
  eq(Object.keys(raw.error).sort(), ["code", "doc_url", "message", "param", "type"], "error envelope keys");
});

await run.test("idempotency: same key replays the same response; other params → StripeIdempotencyError", async () => {
  const a = await stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: "selftest-key-1" });
  const b = await stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: "selftest-key-1" });
  eq(b.id, a.id, "same customer id");
  eq(b.lastResponse.headers["idempotent-replayed"], "true", "Idempotent-Replayed header");
  eq((await stripe.customers.list({ email: "idem@example.com" })).data.length, 1, "only one created");
  const err = await rejects(stripe.customers.create({ email: "other@example.com" }, { idempotencyKey: "selftest-key-1" }), "reuse");
  assert(err instanceof stripe.errors.StripeIdempotencyError, `got ${err.constructor.name}`);
});

await run.test("checkout: create session (validation, url, placeholders)", async () => {
  const s = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer: f.customerId,
    line_items: [{ price: f.monthlyPriceId, quantity: 1 }],
    success_url: SUCCESS_URL,
    cancel_url: "http://localhost:3000/pricing",
    allow_promotion_codes: true,
    client_reference_id: "user_1",
    metadata: { userId: "user_1" },
    subscription_data: { metadata: { userId: "user_1", plan: "premium" } },
  });
  assert(s.id.startsWith("cs_test_") && s.object === "checkout.session", "id/object");
  eq([s.status, s.payment_status, s.mode, s.amount_total, s.currency], ["open", "unpaid", "subscription", 1500, "usd"], "state");
  eq(s.url, `${double.url}/checkout/${s.id}`, "hosted url");
  eq(s.success_url, SUCCESS_URL, "success_url keeps the placeholder");
  eq([s.client_reference_id, s.allow_promotion_codes, s.metadata], ["user_1", true, { userId: "user_1" }], "echoed params");
  const both = await rejects(
    stripe.checkout.sessions.create({
      mode: "subscription",
      customer: f.customerId,
      customer_email: "x@example.com",
      line_items: [{ price: f.monthlyPriceId, quantity: 1 }],
      success_url: SUCCESS_URL,
    }),
    "both",
  );
  assert(both.message.includes("only specify one of these parameters"), both.message);
  const noQty = await rejects(
    stripe.checkout.sessions.create({ mode: "subscription", line_items: [{ price: f.monthlyPriceId }], success_url: SUCCESS_URL }),
    "no quantity",
  );
  eq((noQty as Stripe.errors.StripeError).param, "line_items[0][quantity]", "param of missing quantity");
  f.sessionId = s.id;
});

await run.test("hosted checkout page: labelled form with the customer's email", async () => {
  const page = await get(`${double.url}/checkout/${f.sessionId}`);
  eq(page.status, 200, "status");
  for (const needle of ["reader@example.com", 'for="cardNumber"', 'for="cardExpiry"', 'for="cardCvc"', ">Subscribe</button>", "Card number", "$15.00"]) {
    assert(page.text.includes(needle), `page should contain ${needle}`);
  }
});

async function snapshotCounts(): Promise<string> {
  const subs = await stripe.subscriptions.list({ customer: f.customerId, status: "all" });
  const invoices = await stripe.invoices.list({ customer: f.customerId });
  return JSON.stringify([subs.data.length, invoices.data.length, (await doubleEvents()).length]);
}

await run.test("declined card 4000 0000 0000 0341: message shown, nothing created", async () => {
  const before = await snapshotCounts();
  const r = await postForm(`${double.url}/checkout/${f.sessionId}/pay`, { cardNumber: "4000 0000 0000 0341", cardExpiry: "12 / 34", cardCvc: "123" });
  eq(r.status, 402, "status");
  assert(r.text.includes("Your card was declined.") && r.text.includes('role="alert"'), "decline message");
  eq(await snapshotCounts(), before, "subscriptions/invoices/events unchanged");
  eq((await stripe.checkout.sessions.retrieve(f.sessionId)).status, "open", "session still open");
});

await run.test("invalid card number → 'Your card number is invalid.'", async () => {
  const before = await snapshotCounts();
  const r = await postForm(`${double.url}/checkout/${f.sessionId}/pay`, { cardNumber: "1234 5678 9012 3456", cardExpiry: "12/34", cardCvc: "123" });
  assert(r.text.includes("Your card number is invalid."), "invalid message");
  eq(await snapshotCounts(), before, "nothing created");
});

await run.test("pay with 4242 on the hosted form → 303 to success_url, subscription + paid invoice", async () => {
  const r = await postForm(`${double.url}/checkout/${f.sessionId}/pay`, {
    cardNumber: "4242 4242 4242 4242",
    cardExpiry: "12 / 34",
    cardCvc: "123",
    billingName: "Ada",
  });
  eq(r.status, 303, "status");
  eq(r.location, SUCCESS_URL.replace("{CHECKOUT_SESSION_ID}", f.sessionId), "redirect target");
  const s = await stripe.checkout.sessions.retrieve(f.sessionId, { expand: ["subscription", "line_items"] });
  eq([s.status, s.payment_status, s.customer], ["complete", "paid", f.customerId], "session state");
  eq(
    s.line_items?.data.map((li) => [li.price?.id, li.quantity]),
    [[f.monthlyPriceId, 1]],
    "expanded line_items",
  );
  const sub = s.subscription as Stripe.Subscription;
  assert(sub.id.startsWith("sub_") && sub.object === "subscription", "expanded subscription");
  eq([sub.status, sub.cancel_at_period_end, sub.customer], ["active", false, f.customerId], "subscription state");
  eq(sub.metadata, { userId: "user_1", plan: "premium" }, "subscription_data metadata");
  const item = sub.items.data[0];
  eq([item.price.id, item.quantity], [f.monthlyPriceId, 1], "item price/quantity");
  // API 2026-10-28: the period lives on the items only; the legacy top-level fields are gone.
  assert(!("current_period_start" in sub) && !("current_period_end" in sub), "no top-level current_period_*");
  const days = (item.current_period_end - item.current_period_start) / 86400;
  assert(days >= 28 && days <= 31, `monthly period, got ${days} days`);
  const inv = await stripe.invoices.retrieve(String(sub.latest_invoice));
  eq([inv.status, inv.amount_paid, inv.customer, inv.parent?.subscription_details?.subscription], ["paid", 1500, f.customerId, sub.id], "invoice");
  assert(!("subscription" in inv), "no legacy invoice.subscription");
  assert(inv.id.startsWith("in_") && typeof inv.period_end === "number", "invoice id/period_end");
  f.sub1Id = sub.id;
});

await run.test("completed session: hosted page says so, paying again is refused", async () => {
  const page = await get(`${double.url}/checkout/${f.sessionId}`);
  assert(page.text.includes("already complete"), "page text");
  const again = await postForm(`${double.url}/checkout/${f.sessionId}/pay`, { cardNumber: "4242424242424242", cardExpiry: "12/34", cardCvc: "123" });
  assert(again.status === 410 && again.text.includes("already complete"), "second payment refused");
});

await run.test("webhooks: signed (constructEvent), in order, retried after two 500s", async () => {
  const flushed = (await control(double.url, "/_double/webhooks/flush", { timeout_ms: 20_000 })).json();
  assert(flushed.drained === true, `flush: ${JSON.stringify(flushed)}`);
  const all = await doubleEvents();
  const firstId = all[0].event.id;
  const firstThree = receiver.received.slice(0, 3);
  eq(
    firstThree.map((r) => [JSON.parse(r.raw).id, r.answeredWith]),
    [
      [firstId, 500],
      [firstId, 500],
      [firstId, 200],
    ],
    "first event retried",
  );
  eq([all[0].delivery?.status, all[0].delivery?.attempts, all[0].delivery?.last_status], ["delivered", 3, 200], "delivery log");
  assert(
    receiver.received.every((r) => /^t=\d+,v1=[0-9a-f]{64}$/.test(r.signature) && r.verifyError === null),
    "all signatures verify",
  );
  const delivered = receiver.verified().map((e) => e.id);
  eq(
    delivered,
    all.map((x) => x.event.id),
    "delivered in creation order, each once",
  );
  const types = receiver.verified().map((e) => e.type);
  const tail = types.slice(types.indexOf("customer.subscription.created"));
  eq(tail, ["customer.subscription.created", "invoice.paid", "checkout.session.completed"], "checkout event sequence");
  const completed = receiver.verified().find((e) => e.type === "checkout.session.completed") as Stripe.CheckoutSessionCompletedEvent;
  eq(
    [completed.data.object.id, completed.data.object.subscription, completed.livemode, completed.object],
    [f.sessionId, f.sub1Id, false, "event"],
    "event payload",
  );
  assert(completed.id.startsWith("evt_") && typeof completed.api_version === "string" && completed.request !== null, "event envelope");
  const sample = receiver.received[receiver.received.length - 1];
  const tampered = await rejects(
    Promise.resolve().then(() => verifier.webhooks.constructEvent(sample.raw.replace("event", "evemt"), sample.signature, SECRET)),
    "tampered",
  );
  assert(tampered instanceof verifier.errors.StripeSignatureVerificationError, `got ${tampered.constructor.name}`);
  const count = receiver.received.length;
  eq((await control(double.url, `/_double/events/${completed.id}/redeliver`)).status, 200, "redeliver");
  await receiver.waitFor(() => receiver.received.length > count);
  eq(JSON.parse(receiver.received[count].raw).id, completed.id, "redelivered the same event");
});

await run.test("API answers are never blocked by a slow webhook receiver", async () => {
  receiver.setDelay(1500);
  const t0 = Date.now();
  const c = await stripe.customers.create({ email: "slow@example.com" });
  const elapsed = Date.now() - t0;
  receiver.setDelay(0);
  assert(elapsed < 1000, `customer create took ${elapsed} ms`);
  await receiver.waitFor((evs) => evs.some((e) => e.type === "customer.created" && (e.data.object as Stripe.Customer).id === c.id));
});

await runLifecycleTests({ stripe, double, receiver, run, secret: SECRET, verifier }, f);
await runDeliveryTests({ stripe, double, receiver, run });
await runInvoicingTests({ stripe, double, receiver, run });

await double.stop();
await receiver.close();
run.summary();
process.exit(run.failed === 0 ? 0 : 1);
