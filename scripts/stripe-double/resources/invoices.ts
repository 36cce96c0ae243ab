// /v1/invoices: read-only. Invoices are produced by checkout and renewals.
import type { ApiRouter } from "../api.ts";
import { invoiceSubscription } from "../billing.ts";
import { missing } from "../errors.ts";
import { oneOf, str } from "../form-encoding.ts";
import { paginate } from "../list.ts";

export function registerInvoices(r: ApiRouter): void {
  r.add("GET", "/v1/invoices/:id", (call) => {
    const inv = call.ctx.store.state.invoices[call.params.id];
    if (!inv) throw missing("invoice", call.params.id);
    return inv;
  });

  r.add("GET", "/v1/invoices/:id/lines", (call) => {
    const inv = call.ctx.store.state.invoices[call.params.id];
    if (!inv) throw missing("invoice", call.params.id);
    return paginate([...inv.lines.data].reverse(), call.body, inv.lines.url, "line item");
  });

  r.add("GET", "/v1/invoices", (call) => {
    const b = call.body;
    const customer = str(b.customer, "customer");
    const subscription = str(b.subscription, "subscription");
    const status = oneOf(b.status, "status", ["draft", "open", "paid", "uncollectible", "void"] as const);
    const all = Object.values(call.ctx.store.state.invoices).filter(
      (i) => (!customer || i.customer === customer) && (!subscription || invoiceSubscription(i) === subscription) && (!status || i.status === status),
    );
    return paginate(all, b, "/v1/invoices", "invoice");
  });
}
