import { handleStripeWebhook } from "@/lib/billing/webhook";
import { guard, json } from "@/lib/http/guard";

// Public by nature: the Stripe signature over the raw body is the authentication
// (and Stripe is not one of our pages: crossSite "signed").
export const POST = guard(
  "public",
  async (req) => {
    const result = await handleStripeWebhook(await req.text(), req.headers.get("stripe-signature"));
    return json(result.status, result.body);
  },
  { crossSite: "signed" },
);
