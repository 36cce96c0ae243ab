// /_double/* test controls: plain JSON, no API key, never part of Stripe's
// API. They drive what only time or a customer could drive on real Stripe
// (renewals, failed payments, paying on the hosted page) and expose webhook
// delivery so tests can wait for it instead of sleeping.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getCustomer, getSubscription, payOpenInvoice, processDue } from "./billing.ts";
import { completeCheckout } from "./checkout-flow.ts";
import type { Ctx } from "./context.ts";
import { ApiError, cardError, invalid, missing } from "./errors.ts";
import { parseForm } from "./form-encoding.ts";
import { readBody, Router, sendJson, type Params } from "./http.ts";
import { NO_REQUEST, type CheckoutSession } from "./types.ts";
import type { ReleaseOptions } from "./webhooks.ts";

type Body = Record<string, unknown>;
type Control = (ctx: Ctx, p: Params, body: Body, url: URL) => unknown | Promise<unknown>;

function num(body: Body, key: string): number | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isFinite(n)) throw invalid(key, `${key} must be a number`);
  return n;
}

function text(body: Body, key: string): string | undefined {
  const v = body[key];
  return v === undefined || v === null ? undefined : String(v);
}

function eventsWithDelivery(ctx: Ctx, type?: string): unknown[] {
  return Object.values(ctx.store.state.events)
    .filter((e) => !type || e.type === type)
    .map((event) => ({ event, delivery: ctx.store.state.deliveries[event.id] ?? null }));
}

function advance(ctx: Ctx, body: Body): unknown {
  const seconds = num(body, "seconds");
  const to = num(body, "to");
  if (seconds === undefined && to === undefined) throw invalid("seconds", "Provide `seconds` (or `to`, a unix timestamp).");
  const delta = seconds ?? (to as number) - ctx.clock.now();
  if (delta < 0) throw invalid("seconds", "The double's clock can only move forward.");
  const before = new Set(Object.keys(ctx.store.state.events));
  ctx.clock.advance(delta);
  ctx.store.state.clockOffsetMs = ctx.clock.offsetMs;
  processDue(ctx);
  const created = Object.keys(ctx.store.state.events).filter((id) => !before.has(id));
  return { now: ctx.clock.now(), offset_seconds: ctx.clock.offsetMs / 1000, events: created.map((id) => ({ id, type: ctx.store.state.events[id].type })) };
}

function releaseOptions(body: Body): ReleaseOptions {
  const order = text(body, "order") ?? "shuffled";
  if (order !== "shuffled" && order !== "created") throw invalid("order", "order must be `shuffled` or `created`.");
  const duplicates = num(body, "duplicates") ?? 0;
  if (!Number.isInteger(duplicates) || duplicates < 0 || duplicates > 1000) throw invalid("duplicates", "duplicates must be an integer from 0 to 1000.");
  return { order, seed: num(body, "seed") ?? Date.now(), duplicates };
}

function release(ctx: Ctx, opts: ReleaseOptions): unknown {
  if (!ctx.webhooks.configured) throw new ApiError(400, "No webhook URL is configured.", "invalid_request_error", "webhook_url");
  const order = ctx.webhooks.release(opts);
  return { seed: opts.seed, delivery_order: order.map((id) => ({ id, type: ctx.store.state.events[id]?.type ?? null })) };
}

function complete(ctx: Ctx, p: Params, body: Body): unknown {
  const session = ctx.store.state.checkoutSessions[p.id];
  if (!session) throw missing("checkout.session", p.id);
  // `delivery: {order, seed, duplicates}`: this checkout's events go out shuffled, with late duplicates.
  const delivery = typeof body.delivery === "object" && body.delivery !== null ? releaseOptions(body.delivery as Body) : null;
  if (delivery) ctx.webhooks.hold();
  try {
    const result = completeOnce(ctx, session, body);
    return delivery ? { ...result, delivery: release(ctx, delivery) } : result;
  } catch (e) {
    if (delivery) ctx.webhooks.release({ order: "created", seed: 0, duplicates: 0 });
    throw e;
  }
}

function completeOnce(ctx: Ctx, session: CheckoutSession, body: Body): Record<string, unknown> {
  const input = {
    number: text(body, "card") ?? "4242424242424242",
    expiry: text(body, "expiry"),
    cvc: text(body, "cvc"),
    email: text(body, "email"),
    name: text(body, "name"),
    strict: false,
  };
  const outcome = completeCheckout(ctx, session, input, NO_REQUEST);
  if (outcome.kind === "not_open")
    throw new ApiError(400, `Checkout Session ${session.id} is ${session.status}, not open.`, "invalid_request_error", "session");
  if (outcome.kind === "card_error") throw cardError(outcome.code, outcome.message, outcome.declineCode, outcome.param);
  return { session: outcome.session, subscription: outcome.subscription, invoice: outcome.invoice, redirect_url: outcome.redirectUrl };
}

const router = new Router<Control>()
  .add("GET", "/_double/health", () => ({ ok: true }))
  .add("GET", "/_double/state", (ctx) => ctx.store.state)
  .add("GET", "/_double/clock", (ctx) => ({ now: ctx.clock.now(), offset_seconds: ctx.clock.offsetMs / 1000 }))
  .add("POST", "/_double/clock/advance", (ctx, _p, body) => advance(ctx, body))
  .add("POST", "/_double/customers/:id/fail_next_payment", (ctx, p, body) => {
    getCustomer(ctx, p.id);
    const fail = body.fail === undefined ? true : body.fail === true || body.fail === "true";
    if (fail) ctx.store.state.failNextPayment[p.id] = true;
    else delete ctx.store.state.failNextPayment[p.id];
    return { customer: p.id, fail_next_payment: fail };
  })
  .add("POST", "/_double/subscriptions/:id/pay", (ctx, p) => {
    const sub = getSubscription(ctx, p.id);
    const invoice = payOpenInvoice(ctx, sub, NO_REQUEST);
    return { subscription: sub, invoice };
  })
  .add("POST", "/_double/checkout/:id/complete", complete)
  .add("GET", "/_double/events", (ctx, _p, _b, url) => ({ data: eventsWithDelivery(ctx, url.searchParams.get("type") ?? undefined) }))
  .add("POST", "/_double/events/:id/redeliver", (ctx, p) => {
    if (!ctx.store.state.events[p.id]) throw missing("event", p.id);
    if (!ctx.webhooks.configured) throw new ApiError(400, "No webhook URL is configured.", "invalid_request_error", "webhook_url");
    return { event: p.id, delivery: ctx.webhooks.enqueue(p.id) };
  })
  .add("POST", "/_double/webhooks/hold", (ctx) => {
    ctx.webhooks.hold();
    return { holding: true };
  })
  .add("POST", "/_double/webhooks/release", (ctx, _p, body) => release(ctx, releaseOptions(body)))
  .add("POST", "/_double/webhooks/flush", async (ctx, _p, body) => ctx.webhooks.flush(num(body, "timeout_ms") ?? 30_000))
  .add("POST", "/_double/webhooks/config", (ctx, _p, body) => {
    ctx.webhooks.setUrl(text(body, "url") ?? "");
    return { url: ctx.webhooks.url ?? null };
  })
  .add("POST", "/_double/reset", (ctx) => {
    ctx.webhooks.clear();
    ctx.store.reset();
    ctx.clock.offsetMs = 0;
    return { ok: true };
  });

function parseBody(raw: string, contentType: string | undefined): Body {
  if (!raw.trim()) return {};
  // `curl -d '{"seconds":60}'` labels JSON as form data; trust the body's look.
  if (contentType?.includes("application/x-www-form-urlencoded") && !raw.trimStart().startsWith("{")) return parseForm(raw);
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === "object" && v !== null ? (v as Body) : {};
  } catch {
    throw new ApiError(400, "Test-control bodies must be JSON.", "invalid_request_error");
  }
}

export async function handleControl(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = req.method ?? "GET";
  const match = router.match(method, url.pathname);
  let status = 200;
  let body: unknown;
  try {
    if (!match) throw new ApiError(404, `Unknown test control ${method} ${url.pathname}.`);
    const raw = await readBody(req);
    body = await match.handler(ctx, match.params, parseBody(raw, req.headers["content-type"]), url);
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError(500, e instanceof Error ? e.message : String(e), "api_error");
    status = err.status;
    body = err.toJSON();
  }
  if (method !== "GET") ctx.store.save();
  sendJson(res, status, body);
  ctx.log(`${method} ${url.pathname} → ${status}`);
}
