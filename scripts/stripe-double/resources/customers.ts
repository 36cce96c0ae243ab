// /v1/customers: create, retrieve, update, list (with the exact-match
// `email` filter apps use to find a returning subscriber).
import { warnUnknown, type ApiRouter } from "../api.ts";
import { createCustomer, getCustomer } from "../billing.ts";
import { invalid } from "../errors.ts";
import { applyMetadata, str } from "../form-encoding.ts";
import { paginate } from "../list.ts";

const FIELDS = ["email", "name", "description", "phone", "metadata"] as const;

function checkEmail(email: string | undefined): string | undefined {
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) throw invalid("email", `Invalid email address: ${email}`, "email_invalid");
  return email;
}

export function registerCustomers(r: ApiRouter): void {
  r.add("POST", "/v1/customers", (call) => {
    warnUnknown(call, [...FIELDS]);
    const b = call.body;
    return createCustomer(
      call.ctx,
      {
        email: checkEmail(str(b.email, "email")) || null,
        name: str(b.name, "name") || null,
        description: str(b.description, "description") || null,
        phone: str(b.phone, "phone") || null,
        metadata: applyMetadata({}, b.metadata),
      },
      call.request,
    );
  });

  r.add("GET", "/v1/customers/:id", (call) => getCustomer(call.ctx, call.params.id));

  r.add("POST", "/v1/customers/:id", (call) => {
    warnUnknown(call, [...FIELDS]);
    const c = getCustomer(call.ctx, call.params.id);
    const b = call.body;
    // Stripe: an empty string clears a field; absent leaves it alone.
    for (const f of ["email", "name", "description", "phone"] as const) {
      const v = str(b[f], f);
      if (v !== undefined) c[f] = (f === "email" ? checkEmail(v) : v) || null;
    }
    c.metadata = applyMetadata(c.metadata, b.metadata);
    return c;
  });

  r.add("GET", "/v1/customers", (call) => {
    const email = str(call.body.email, "email");
    const all = Object.values(call.ctx.store.state.customers).filter((c) => email === undefined || c.email === email);
    return paginate(all, call.body, "/v1/customers", "customer");
  });
}
