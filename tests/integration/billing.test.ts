// Paid subscriptions: checkout through the real form and Stripe SDK, the
// signed webhook, duplicates and reordering, grace periods and cancellation.
import { describe, expect, it } from "vitest";
import { grantIsActive, TEST_POLICY } from "../support/rules.ts";
import { base, sessionCookie, submitForm, testDb } from "../support/fixtures.ts";
import { control, deliver, events, flush, stripeClient, subscriptionRow, waitFor } from "../support/stripe.ts";

const ARTICLE = "/articles/2007090041";
const BODY = "Integrated Joint Operations Platform";
const DAY = 86_400_000;

async function read(cookie: string) {
  return (await fetch(`${base()}${ARTICLE}`, { headers: { cookie } })).text();
}

/** A reader whose preview has ended subscribes through /subscribe and the double's checkout. */
async function subscribe(plan = "individual-monthly", card = "4242424242424242", extra: Record<string, string> = {}) {
  const who = await sessionCookie({ kind: "preview-expired" });
  const r = await submitForm("/subscribe", { plan }, extra, { cookie: who.cookie });
  expect(r.status).toBe(303);
  const checkoutUrl = r.headers.get("location")!;
  expect(checkoutUrl).toContain("/checkout/cs_");
  const sessionId = checkoutUrl.split("/checkout/")[1].split(/[/?#]/)[0];
  let error: string | null = null;
  try {
    await control(`checkout/${sessionId}/complete`, { card });
  } catch (e) {
    error = (e as Error).message;
  }
  await flush();
  return { ...who, sessionId, error };
}

describe("checkout and webhook", () => {
  it("a reader subscribes monthly, the webhook grants access, and the customer is created once and reused", async () => {
    const s = await subscribe();
    expect(s.error).toBeNull();
    const row = await waitFor(() => subscriptionRow(s.userId), "subscription row");
    expect(row.status).toBe("ACTIVE");
    expect(row.plan).toBe("individual-monthly");
    expect(await read(s.cookie)).toContain(BODY);
    const user = await testDb().user.findUnique({ where: { id: s.userId } });
    expect(user?.stripeCustomerId).toMatch(/^cus_/);
    // A second checkout (a crafted post of the plan form: the page offers none to a subscriber) is refused and makes no customer.
    const sessionsBefore = (await stripeClient().checkout.sessions.list({ limit: 100 })).data.length;
    const second = await submitForm("/subscribe", { plan: "individual-annual" }, {}, { cookie: s.cookie }, { formFrom: {} });
    expect(second.status).toBe(200);
    expect(await second.text()).toContain("You already have Trade Law Daily");
    expect((await stripeClient().checkout.sessions.list({ limit: 100 })).data.length).toBe(sessionsBefore);
    const customers = await stripeClient().customers.list({ email: s.email });
    expect(customers.data.length).toBe(1);
    const success = await (await fetch(`${base()}/subscribe/success?session_id=${s.sessionId}`, { headers: { cookie: s.cookie } })).text();
    expect(success).toContain("You are subscribed");
  });

  it("a declined card creates nothing and grants nothing", async () => {
    const s = await subscribe("individual-monthly", "4000000000000341");
    expect(s.error).toContain("Your card was declined.");
    expect(await subscriptionRow(s.userId)).toBeNull();
    expect(await read(s.cookie)).not.toContain(BODY);
    const pending = await (await fetch(`${base()}/subscribe/success?session_id=${s.sessionId}`, { headers: { cookie: s.cookie } })).text();
    expect(pending).toContain("Confirming your payment");
  });

  it("an anonymous visitor choosing a plan is sent to sign in first", async () => {
    const r = await submitForm("/subscribe", { plan: "individual-monthly" }, {});
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toContain("/sign-in?callbackUrl=");
  });

  it("a forged or missing signature gets 400 and changes nothing", async () => {
    const s = await subscribe();
    const row = await waitFor(() => subscriptionRow(s.userId), "row");
    const forged = JSON.stringify({
      id: "evt_forged",
      object: "event",
      type: "customer.subscription.deleted",
      data: { object: { id: row.stripeSubscriptionId } },
    });
    const before = await testDb().stripeEvent.count();
    expect((await deliver(forged, "t=1,v1=deadbeef")).status).toBe(400);
    expect((await deliver(forged, null)).status).toBe(400);
    expect((await deliver(forged.replace("evt_forged", "evt_forged2"), `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}`)).status).toBe(400);
    expect(await testDb().stripeEvent.count()).toBe(before);
    expect((await subscriptionRow(s.userId))?.status).toBe("ACTIVE");
  });

  it("a checkout whose events arrive shuffled, with late duplicates, still ends in access (the double's delivery control)", async () => {
    const who = await sessionCookie({ kind: "preview-expired" });
    const r = await submitForm("/subscribe", { plan: "individual-annual" }, {}, { cookie: who.cookie });
    const sessionId = r.headers.get("location")!.split("/checkout/")[1].split(/[/?#]/)[0];
    // Several seeds: each is a different order; checkout.session.completed is not always first, and two events come twice at the end.
    const done = await control<{ delivery: { delivery_order: { id: string; type: string }[] } }>(`checkout/${sessionId}/complete`, {
      card: "4242424242424242",
      delivery: { order: "shuffled", seed: 3, duplicates: 2 },
    });
    const order = done.delivery.delivery_order;
    expect(order.length).toBe(new Set(order.map((e) => e.id)).size + 2);
    await flush();
    const row = await waitFor(() => subscriptionRow(who.userId), "subscription row");
    expect(row.status).toBe("ACTIVE");
    expect(row.plan).toBe("individual-annual");
    expect(await testDb().subscription.count({ where: { userId: who.userId } })).toBe(1);
    expect(await read(who.cookie)).toContain(BODY);
    // Every delivery, duplicates included, was answered 200.
    const all = await control<{ data: { event: { id: string }; delivery: { status: string; last_status: number } }[] }>("events");
    for (const e of order) expect(all.data.find((d) => d.event.id === e.id)?.delivery).toMatchObject({ status: "delivered", last_status: 200 });
  });

  it("the same event delivered twice has one effect", async () => {
    const s = await subscribe();
    await waitFor(() => subscriptionRow(s.userId), "row");
    const evt = (await events()).find((e) => e.type === "checkout.session.completed" && (e.data.object as { id: string }).id === s.sessionId)!;
    const first = await deliver(JSON.stringify(evt));
    const second = await deliver(JSON.stringify(evt));
    expect(first.status).toBe(200);
    expect(second.body).toMatchObject({ duplicate: true });
    expect(await testDb().subscription.count({ where: { userId: s.userId } })).toBe(1);
    expect(await testDb().stripeEvent.count({ where: { id: evt.id } })).toBe(1);
  });
});

describe("event order does not matter", () => {
  // Each case leaves the subscription in a final Stripe state; its events are
  // then replayed to a clean slate in several orders and must all converge.
  const cases: { name: string; act: (subId: string, customer: string) => Promise<void>; expectStatus: string; access: boolean }[] = [
    { name: "active", act: async () => {}, expectStatus: "ACTIVE", access: true },
    {
      name: "cancel at period end",
      act: async (id) => void (await stripeClient().subscriptions.update(id, { cancel_at_period_end: true })),
      expectStatus: "ACTIVE",
      access: true,
    },
    { name: "canceled now", act: async (id) => void (await stripeClient().subscriptions.cancel(id)), expectStatus: "CANCELED", access: false },
    {
      name: "payment failed",
      act: async (id, customer) => {
        await control(`customers/${customer}/fail_next_payment`, { fail: true });
        const sub = await stripeClient().subscriptions.retrieve(id);
        const end = sub.items.data[0].current_period_end;
        const { now } = await control<{ now: number }>("clock");
        await control("clock/advance", { seconds: end - now + 60 });
      },
      expectStatus: "PAST_DUE",
      access: true,
    },
  ];
  const orders: { name: string; sort: (e: { type: string; created: number }[]) => void }[] = [
    { name: "as sent", sort: () => {} },
    { name: "reversed", sort: (e) => e.reverse() },
    {
      name: "deleted/updated first, checkout last",
      sort: (e) => e.sort((a, b) => Number(b.type.startsWith("customer.subscription")) - Number(a.type.startsWith("customer.subscription"))),
    },
    { name: "invoices first", sort: (e) => e.sort((a, b) => Number(b.type.startsWith("invoice")) - Number(a.type.startsWith("invoice"))) },
  ];

  for (const c of cases)
    it(`${c.name}: every delivery order ends ${c.expectStatus}`, async () => {
      const s = await subscribe();
      const row = await waitFor(() => subscriptionRow(s.userId), "row");
      const subId = row.stripeSubscriptionId!;
      const customer = (await testDb().user.findUnique({ where: { id: s.userId } }))!.stripeCustomerId!;
      await c.act(subId, customer);
      await flush();
      const mine = (await events()).filter((e) => JSON.stringify(e.data.object).includes(subId));
      expect(mine.length).toBeGreaterThanOrEqual(3);
      for (const order of orders) {
        // Clean slate: forget the subscription and the events, then replay.
        await testDb().subscription.deleteMany({ where: { stripeSubscriptionId: subId } });
        await testDb().stripeEvent.deleteMany({ where: { id: { in: mine.map((e) => e.id) } } });
        const list = [...mine];
        order.sort(list);
        for (const e of list) expect((await deliver(JSON.stringify(e))).status, `${order.name}: ${e.type}`).toBe(200);
        const final = await subscriptionRow(s.userId);
        expect(final?.status, order.name).toBe(c.expectStatus);
        expect(grantIsActive({ ...final!, source: "individual" }, new Date(), TEST_POLICY), order.name).toBe(c.access);
      }
    });
});

describe("grace and cancellation", () => {
  it("payment failure keeps access through the grace period, then falls back to the teaser", async () => {
    const s = await subscribe();
    const row = await waitFor(() => subscriptionRow(s.userId), "row");
    const customer = (await testDb().user.findUnique({ where: { id: s.userId } }))!.stripeCustomerId!;
    await control(`customers/${customer}/fail_next_payment`, { fail: true });
    const sub = await stripeClient().subscriptions.retrieve(row.stripeSubscriptionId!);
    const { now } = await control<{ now: number }>("clock");
    await control("clock/advance", { seconds: sub.items.data[0].current_period_end - now + 60 });
    await flush();
    const pastDue = await waitFor(async () => {
      const r = await subscriptionRow(s.userId);
      return r?.status === "PAST_DUE" ? r : null;
    }, "past_due");
    expect(await read(s.cookie)).toContain(BODY);
    const since = pastDue.pastDueSince!.getTime();
    const grant = { ...pastDue, source: "individual" as const };
    expect(grantIsActive(grant, new Date(since + 6.9 * DAY), { ...TEST_POLICY, paymentGraceDays: 7 })).toBe(true);
    expect(grantIsActive(grant, new Date(since + 7 * DAY + 1), { ...TEST_POLICY, paymentGraceDays: 7 })).toBe(false);
    // Simulate the grace period having passed: the reader is back to the teaser.
    await testDb().subscription.update({ where: { id: pastDue.id }, data: { pastDueSince: new Date(Date.now() - 8 * DAY) } });
    expect(await read(s.cookie)).not.toContain(BODY);
  });

  it("cancel at period end keeps access until the end, then the teaser", async () => {
    const s = await subscribe();
    const row = await waitFor(() => subscriptionRow(s.userId), "row");
    await stripeClient().subscriptions.update(row.stripeSubscriptionId!, { cancel_at_period_end: true });
    await flush();
    const marked = await waitFor(async () => {
      const r = await subscriptionRow(s.userId);
      return r?.cancelAtPeriodEnd ? r : null;
    }, "cancel_at_period_end");
    expect(await read(s.cookie)).toContain(BODY);
    const account = await (await fetch(`${base()}/account`, { headers: { cookie: s.cookie } })).text();
    expect(account.replace(/<!-- -->/g, "")).toMatch(/Individual plan, active — ends \w+ \d+, \d{4}/);
    const { now } = await control<{ now: number }>("clock");
    await control("clock/advance", { seconds: Math.floor(marked.currentPeriodEnd.getTime() / 1000) - now + 60 });
    await flush();
    await waitFor(async () => (await subscriptionRow(s.userId))?.status === "CANCELED", "canceled");
    expect(await read(s.cookie)).not.toContain(BODY);
  });
});
