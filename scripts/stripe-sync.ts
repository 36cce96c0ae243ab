// npm run stripe:sync — create the plans' products and prices in Stripe where
// missing (found by lookup key). Uses STRIPE_SECRET_KEY (real Stripe or any
// Stripe-compatible endpoint set through STRIPE_API_HOST/PORT/PROTOCOL).
import { syncPlans } from "../lib/billing/plans.ts";
import { stripe } from "../lib/billing/stripe.ts";

const created = await syncPlans(stripe());
console.log(created.length ? `Created prices: ${created.join(", ")}` : "All plans already exist in Stripe.");
