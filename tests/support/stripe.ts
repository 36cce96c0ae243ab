// Talking to the Stripe double from tests: its /_double controls, the real
// SDK pointed at it, and webhook deliveries signed exactly as Stripe signs.
import Stripe from "stripe";
import { inject } from "vitest";
import { base, testDb } from "./fixtures.ts";

export function stripeClient(): Stripe {
  const u = new URL(inject("stripeUrl"));
  return new Stripe(inject("stripeApiKey"), { host: u.hostname, port: Number(u.port), protocol: "http" });
}

export async function control<T = unknown>(path: string, body?: unknown): Promise<T> {
  const r = await fetch(`${inject("stripeUrl")}/_double/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const j = await r.json();
  if (!r.ok) throw new Error(`double ${path}: ${r.status} ${JSON.stringify(j)}`);
  return j as T;
}

export const flush = () => control("webhooks/flush", { timeout_ms: 20_000 });

export type DoubleEvent = { event: Stripe.Event; delivery: { attempts: number; lastStatus: number | null } | null };
export async function events(): Promise<Stripe.Event[]> {
  return (await control<{ data: DoubleEvent[] }>("events")).data.map((d) => d.event);
}

/** POST a payload to our webhook with a valid (or given) Stripe-Signature. */
export async function deliver(payload: string, signature?: string | null) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const sig = signature === undefined ? stripeClient().webhooks.generateTestHeaderString({ payload, secret: inject("stripeWebhookSecret") }) : signature;
  if (sig !== null) headers["stripe-signature"] = sig;
  const r = await fetch(`${base()}/api/stripe/webhook`, { method: "POST", body: payload, headers });
  return { status: r.status, body: await r.json().catch(() => null) };
}

export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, what: string, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function subscriptionRow(userId: string) {
  return testDb().subscription.findFirst({ where: { userId, complimentary: false }, orderBy: { createdAt: "desc" } });
}
