// The plans we sell. Prices live in Stripe and are found by lookup key;
// `npm run stripe:sync` creates any that are missing. Amounts here are what
// sync creates and what /subscribe shows.
import type Stripe from "stripe";

export type PlanKey = "individual-monthly" | "individual-annual" | "site-licence";

export type Plan = {
  key: PlanKey;
  lookupKey: string;
  name: string;
  product: string;
  interval: "month" | "year";
  unitAmount: number; // cents, per seat for site licences
  perSeat: boolean;
  blurb: string;
};

export const PLANS: Plan[] = [
  {
    key: "individual-monthly",
    lookupKey: "tld_individual_monthly",
    name: "Individual, monthly",
    product: "Trade Law Daily — individual",
    interval: "month",
    unitAmount: 9_500,
    perSeat: false,
    blurb: "One reader. Cancel any time.",
  },
  {
    key: "individual-annual",
    lookupKey: "tld_individual_annual",
    name: "Individual, annual",
    product: "Trade Law Daily — individual",
    interval: "year",
    unitAmount: 95_000,
    perSeat: false,
    blurb: "One reader, two months free.",
  },
  {
    key: "site-licence",
    lookupKey: "tld_site_licence_annual",
    name: "Company site licence",
    product: "Trade Law Daily — site licence",
    interval: "year",
    unitAmount: 60_000,
    perSeat: true,
    blurb: "Seats for your whole trade-compliance team; colleagues join with their company address.",
  },
];

export function planByKey(key: string): Plan | undefined {
  return PLANS.find((p) => p.key === key);
}

export function planByLookupKey(lookupKey: string | null | undefined): Plan | undefined {
  return PLANS.find((p) => p.lookupKey === lookupKey);
}

export async function priceIdFor(stripe: Stripe, plan: Plan): Promise<string> {
  const list = await stripe.prices.list({ lookup_keys: [plan.lookupKey], active: true, limit: 1 });
  const price = list.data[0];
  if (!price) throw new Error(`No active Stripe price with lookup key ${plan.lookupKey}; run npm run stripe:sync`);
  return price.id;
}

/** Create the products and prices that are missing. Returns what it created. */
export async function syncPlans(stripe: Stripe): Promise<string[]> {
  const created: string[] = [];
  const existing = await stripe.prices.list({ lookup_keys: PLANS.map((p) => p.lookupKey), limit: 100 });
  const have = new Set(existing.data.map((p) => p.lookup_key));
  const products = new Map<string, string>();
  for (const plan of PLANS) {
    if (have.has(plan.lookupKey)) continue;
    let productId = products.get(plan.product);
    if (!productId) {
      productId = (await stripe.products.create({ name: plan.product }, { idempotencyKey: `tld-product-${plan.lookupKey}` })).id;
      products.set(plan.product, productId);
    }
    await stripe.prices.create(
      {
        product: productId,
        currency: "usd",
        unit_amount: plan.unitAmount,
        recurring: { interval: plan.interval },
        lookup_key: plan.lookupKey,
        nickname: plan.name,
      },
      { idempotencyKey: `tld-price-${plan.lookupKey}` },
    );
    created.push(plan.lookupKey);
  }
  return created;
}
