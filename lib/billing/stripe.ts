// The official Stripe SDK, pointed at real Stripe or, in embedded mode and
// tests, at the local Stripe double through the SDK's own host/port settings.
import Stripe from "stripe";
import { config } from "../config.ts";

let client: Stripe | null = null;

export class BillingUnavailable extends Error {}

export function stripe(): Stripe {
  const c = config();
  if (!c.STRIPE_SECRET_KEY) throw new BillingUnavailable("STRIPE_SECRET_KEY is not set: start the app with `npm run dev` / `npm start`, or set it.");
  client ??= new Stripe(c.STRIPE_SECRET_KEY, {
    ...(c.STRIPE_API_HOST ? { host: c.STRIPE_API_HOST } : {}),
    ...(c.STRIPE_API_PORT ? { port: c.STRIPE_API_PORT } : {}),
    ...(c.STRIPE_API_PROTOCOL ? { protocol: c.STRIPE_API_PROTOCOL } : {}),
    maxNetworkRetries: 1,
    timeout: 10_000,
    appInfo: { name: "Trade Law Daily" },
  });
  return client;
}

export function webhookSecret(): string {
  const s = config().STRIPE_WEBHOOK_SECRET;
  if (!s) throw new BillingUnavailable("STRIPE_WEBHOOK_SECRET is not set");
  return s;
}
