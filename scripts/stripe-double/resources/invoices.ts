// /v1/invoices: read, finalize, pay (out of band), and create_preview.
// Invoices are produced by checkout, subscription creation (send_invoice),
// renewals and prorations.
import { warnUnknown, type ApiRouter } from "../api.ts";
import { finalizeInvoice, getPrice, getSubscription, invoiceSubscription, payInvoice } from "../billing.ts";
import { ApiError, missing, missingParam } from "../errors.ts";
import { bool, int, obj, oneOf, str } from "../form-encoding.ts";
import { paginate } from "../list.ts";
import { PRORATION_BEHAVIORS, previewInvoice } from "../prorations.ts";
import type { Invoice } from "../types.ts";
import type { Ctx } from "../context.ts";
import { applyItemChanges, itemChanges } from "./subscriptions.ts";

function getInvoice(ctx: Ctx, id: string): Invoice {
  const inv = ctx.store.state.invoices[id];
  if (!inv) throw missing("invoice", id);
  return inv;
}

export function registerInvoices(r: ApiRouter): void {
  // Registered before /:id so "create_preview" is not taken for an invoice id.
  r.add("POST", "/v1/invoices/create_preview", (call) => {
    warnUnknown(call, ["customer", "subscription", "subscription_details"]);
    const { ctx } = call;
    const b = call.body;
    const subId = str(b.subscription, "subscription");
    if (!subId) throw missingParam("subscription");
    const sub = getSubscription(ctx, subId, "subscription");
    const customer = str(b.customer, "customer");
    if (customer && customer !== sub.customer)
      throw new ApiError(400, `The subscription ${sub.id} does not belong to customer ${customer}.`, "invalid_request_error", "customer");
    if (sub.status === "canceled")
      throw new ApiError(400, "No upcoming invoices for a canceled subscription.", "invalid_request_error", "subscription", "invoice_upcoming_none");
    const details = obj(b.subscription_details, "subscription_details") ?? {};
    const behavior = oneOf(details.proration_behavior, "subscription_details[proration_behavior]", PRORATION_BEHAVIORS) ?? "create_prorations";
    const at = int(details.proration_date, "subscription_details[proration_date]") ?? ctx.clock.now();
    const changed = structuredClone(sub);
    applyItemChanges(
      changed,
      itemChanges(sub, details.items, (id, param) => getPrice(ctx, id, param)),
      at,
    );
    if (changed.items.data.length === 0)
      throw new ApiError(400, "A subscription must have at least one active plan.", "invalid_request_error", "subscription_details[items]");
    return previewInvoice(ctx, sub, changed, behavior, at);
  });

  r.add("GET", "/v1/invoices/:id", (call) => getInvoice(call.ctx, call.params.id));

  r.add("GET", "/v1/invoices/:id/lines", (call) => {
    const inv = getInvoice(call.ctx, call.params.id);
    return paginate([...inv.lines.data].reverse(), call.body, inv.lines.url, "line item");
  });

  r.add("POST", "/v1/invoices/:id/finalize", (call) => {
    warnUnknown(call, ["auto_advance"]);
    return finalizeInvoice(call.ctx, getInvoice(call.ctx, call.params.id), call.request);
  });

  r.add("POST", "/v1/invoices/:id/pay", (call) => {
    warnUnknown(call, ["paid_out_of_band"]);
    const inv = getInvoice(call.ctx, call.params.id);
    // The double has no payment methods: an invoice can be paid only out of band here (or on its hosted page).
    if (bool(call.body.paid_out_of_band, "paid_out_of_band") !== true) {
      throw new ApiError(
        402,
        "The double can only record invoice payments made out of band: pass paid_out_of_band=true, or pay on the hosted invoice page.",
        "invalid_request_error",
        "paid_out_of_band",
      );
    }
    return payInvoice(call.ctx, inv, call.request);
  });

  r.add("GET", "/v1/invoices", (call) => {
    const b = call.body;
    const customer = str(b.customer, "customer");
    const subscription = str(b.subscription, "subscription");
    const status = oneOf(b.status, "status", ["draft", "open", "paid", "uncollectible", "void"] as const);
    const method = oneOf(b.collection_method, "collection_method", ["charge_automatically", "send_invoice"] as const);
    const all = Object.values(call.ctx.store.state.invoices).filter(
      (i) =>
        (!customer || i.customer === customer) &&
        (!subscription || invoiceSubscription(i) === subscription) &&
        (!status || i.status === status) &&
        (!method || i.collection_method === method),
    );
    return paginate(all, b, "/v1/invoices", "invoice");
  });
}
