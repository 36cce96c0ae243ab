// POST /v1/billing_portal/sessions → a link to the double's hosted portal
// page (hosted.ts), where tests can cancel, resume or switch plans.
import { warnUnknown, type ApiRouter } from "../api.ts";
import { getCustomer } from "../billing.ts";
import { invalid, missingParam } from "../errors.ts";
import { str } from "../form-encoding.ts";
import { newId } from "../store.ts";
import type { PortalSession } from "../types.ts";

export function registerPortal(r: ApiRouter): void {
  r.add("POST", "/v1/billing_portal/sessions", (call) => {
    warnUnknown(call, ["customer", "return_url", "configuration", "locale"]);
    const { ctx } = call;
    const customer = str(call.body.customer, "customer");
    if (!customer) throw missingParam("customer");
    getCustomer(ctx, customer, "customer");
    const returnUrl = str(call.body.return_url, "return_url") || null;
    if (returnUrl) {
      try {
        new URL(returnUrl);
      } catch {
        throw invalid("return_url", "Not a valid URL", "url_invalid");
      }
    }
    const id = newId("bps");
    const session: PortalSession = {
      id,
      object: "billing_portal.session",
      configuration: "bpc_double_default",
      created: ctx.clock.now(),
      customer,
      flow: null,
      livemode: false,
      locale: null,
      on_behalf_of: null,
      return_url: returnUrl,
      url: `${ctx.baseUrl}/billing_portal/${id}`,
    };
    ctx.store.state.portalSessions[id] = session;
    return session;
  });
}
