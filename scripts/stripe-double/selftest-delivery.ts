// Self-tests for delivery that real Stripe does not promise to keep tidy:
// a checkout's events held and let go in a shuffled order, with late
// duplicates (same event id), reproducible by seed.
import Stripe from "stripe";
import type { StripeDouble } from "./server.ts";
import { assert, control, eq, type Receiver, type Runner } from "./selftest-kit.ts";

export async function runDeliveryTests(env: { stripe: Stripe; double: StripeDouble; receiver: Receiver; run: Runner }): Promise<void> {
  const { stripe, double, receiver, run } = env;
  const product = await stripe.products.create({ name: "Shuffle plan" });
  const price = await stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 700, recurring: { interval: "month" } });
  const session = (email: string) =>
    stripe.checkout.sessions.create({
      mode: "subscription",
      customer_email: email,
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: "http://localhost:3000/ok",
    });

  await run.test(
    "checkout complete with delivery {order: shuffled, duplicates}: every event arrives, duplicates come last, seed reproduces the order",
    async () => {
      const orders: string[][] = [];
      for (const attempt of [1, 2]) {
        const s = await session(`shuffle${attempt}@example.com`);
        const before = receiver.verified().length;
        const r = await control(double.url, `/_double/checkout/${s.id}/complete`, {
          card: "4242424242424242",
          delivery: { order: "shuffled", seed: 7, duplicates: 2 },
        });
        eq(r.status, 200, "complete");
        const plan = r.json().delivery.delivery_order as Array<{ id: string; type: string }>;
        eq(plan.length, 6, "4 events + 2 duplicates");
        await control(double.url, "/_double/webhooks/flush", { timeout_ms: 20_000 });
        const got = receiver.verified().slice(before);
        eq(
          got.map((e) => e.id),
          plan.map((p) => p.id),
          "received in the announced order",
        );
        const distinct = new Set(got.map((e) => e.id));
        eq(distinct.size, 4, "four distinct events");
        const firstFour = got.slice(0, 4).map((e) => e.id);
        eq(new Set(firstFour).size, 4, "each event once before any duplicate");
        assert(
          got.slice(4).every((e) => firstFour.includes(e.id)),
          "the duplicates repeat earlier event ids",
        );
        orders.push(plan.slice(0, 4).map((p) => p.type));
      }
      eq(orders[0], orders[1], "same seed, same order of types");
      const created = ["customer.created", "customer.subscription.created", "invoice.paid", "checkout.session.completed"];
      const shuffledAway = orders[0].filter((t) => created.includes(t)).join() !== created.join();
      assert(shuffledAway, `seed 7 should not keep creation order: ${orders[0].join(", ")}`);
    },
  );

  await run.test("only the pinned API version: another Stripe-Version is refused with a clear error; the SDK's own is answered", async () => {
    const r = await fetch(`${double.url}/v1/customers?limit=1`, { headers: { authorization: "Bearer sk_test_x", "stripe-version": "2024-06-20" } });
    eq(r.status, 400, "older version refused");
    const body = (await r.json()) as { error: { message: string } };
    assert(body.error.message.includes("speaks API version 2026-10-28.endive only"), body.error.message);
    eq((await stripe.customers.list({ limit: 1 })).object, "list", "the SDK's pinned version works");
  });

  await run.test("hold / release: events wait while held; release {order: created} sends them in creation order", async () => {
    eq((await control(double.url, "/_double/webhooks/hold", {})).status, 200, "hold");
    const before = receiver.verified().length;
    const c = await stripe.customers.create({ email: "held@example.com" });
    await new Promise((r) => setTimeout(r, 300));
    eq(receiver.verified().length, before, "nothing delivered while held");
    const r = await control(double.url, "/_double/webhooks/release", { order: "created", duplicates: 0 });
    eq(
      r.json().delivery_order.map((e: { type: string }) => e.type),
      ["customer.created"],
      "release order",
    );
    await control(double.url, "/_double/webhooks/flush", { timeout_ms: 20_000 });
    eq((receiver.verified().at(-1)?.data.object as Stripe.Customer).id, c.id, "delivered after release");
    const bad = await control(double.url, "/_double/webhooks/release", { order: "sideways" });
    eq(bad.status, 400, "unknown order refused");
  });
}
