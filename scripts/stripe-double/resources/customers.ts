// /v1/customers: create, retrieve, update, list (with the exact-match
// `email` filter apps use to find a returning subscriber).
import { warnUnknown, type ApiRouter } from "../api.ts";
import { createCustomer, getCustomer } from "../billing.ts";
import type { Ctx } from "../context.ts";
import { invalid, missing, missingParam } from "../errors.ts";
import { applyMetadata, asArray, obj, str, type FormValue } from "../form-encoding.ts";
import { paginate } from "../list.ts";
import { newId } from "../store.ts";
import type { CustomField, TaxId } from "../types.ts";

const FIELDS = ["email", "name", "description", "phone", "metadata", "tax_id_data", "invoice_settings"] as const;

// The tax-ID types the double accepts, with Stripe's country where the type implies one.
// (Stripe validates each type's format; the double checks the EU VAT prefix and otherwise non-empty.)
const TAX_ID_TYPES: Record<string, string | null> = { eu_vat: null, gb_vat: "GB", ch_vat: "CH", no_vat: "NO", us_ein: "US", au_abn: "AU", ca_bn: "CA" };
const EU_PREFIXES = "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI".split(" ");

export function createTaxId(ctx: Ctx, customer: string, type: string | undefined, value: string | undefined, param: string): TaxId {
  if (!type) throw missingParam(`${param}[type]`);
  if (!value) throw missingParam(`${param}[value]`);
  if (!(type in TAX_ID_TYPES)) throw invalid(`${param}[type]`, `Invalid tax id type: ${type}. The double accepts ${Object.keys(TAX_ID_TYPES).join(", ")}.`);
  const clean = value.replace(/[\s.-]/g, "").toUpperCase();
  if (type === "eu_vat" && !EU_PREFIXES.includes(clean.slice(0, 2))) throw invalid(`${param}[value]`, `Invalid value for eu_vat.`, "tax_id_invalid");
  const tax: TaxId = {
    id: newId("txi", 14),
    object: "tax_id",
    country: TAX_ID_TYPES[type] ?? (clean.slice(0, 2) === "EL" ? "GR" : clean.slice(0, 2)),
    created: ctx.clock.now(),
    customer,
    customer_account: null,
    livemode: false,
    owner: null,
    type,
    value: clean,
    // Stripe checks EU VAT numbers with VIES asynchronously; the double leaves them pending.
    verification: type === "eu_vat" || type === "gb_vat" ? { status: "pending", verified_address: null, verified_name: null } : null,
  };
  ctx.store.state.taxIds[tax.id] = tax;
  return tax;
}

/** invoice_settings[custom_fields][n][name|value]; an empty string clears them (Stripe's "emptyable"). */
function customFields(v: FormValue | undefined): CustomField[] | null | undefined {
  const settings = obj(v, "invoice_settings");
  if (!settings || !("custom_fields" in settings)) return undefined;
  if (settings.custom_fields === "") return null;
  const list = (asArray(settings.custom_fields, "invoice_settings[custom_fields]") ?? []).map((entry, i) => {
    const p = `invoice_settings[custom_fields][${i}]`;
    const o = obj(entry, p) ?? {};
    const name = str(o.name, `${p}[name]`);
    const value = str(o.value, `${p}[value]`);
    if (!name) throw missingParam(`${p}[name]`);
    if (!value) throw missingParam(`${p}[value]`);
    if (name.length > 40) throw invalid(`${p}[name]`, "Custom field names are limited to 40 characters.");
    if (value.length > 140) throw invalid(`${p}[value]`, "Custom field values are limited to 140 characters.");
    return { name, value };
  });
  if (list.length > 4) throw invalid("invoice_settings[custom_fields]", "An invoice can have at most 4 custom fields.");
  return list;
}

function checkEmail(email: string | undefined): string | undefined {
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) throw invalid("email", `Invalid email address: ${email}`, "email_invalid");
  return email;
}

export function registerCustomers(r: ApiRouter): void {
  r.add("POST", "/v1/customers", (call) => {
    warnUnknown(call, [...FIELDS]);
    const b = call.body;
    const fields = customFields(b.invoice_settings);
    const taxData = (asArray(b.tax_id_data, "tax_id_data") ?? []).map((e, i) => ({ o: obj(e, `tax_id_data[${i}]`) ?? {}, i }));
    const customer = createCustomer(
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
    if (fields) customer.invoice_settings.custom_fields = fields;
    try {
      for (const { o, i } of taxData)
        createTaxId(call.ctx, customer.id, str(o.type, `tax_id_data[${i}][type]`), str(o.value, `tax_id_data[${i}][value]`), `tax_id_data[${i}]`);
    } catch (e) {
      // A bad tax ID fails the whole request, as on Stripe: no customer is left behind (its created event stays, harmlessly).
      delete call.ctx.store.state.customers[customer.id];
      throw e;
    }
    return customer;
  });

  r.add("POST", "/v1/customers/:id/tax_ids", (call) => {
    warnUnknown(call, ["type", "value"]);
    const c = getCustomer(call.ctx, call.params.id);
    return createTaxId(call.ctx, c.id, str(call.body.type, "type"), str(call.body.value, "value"), "tax_id");
  });

  r.add("GET", "/v1/customers/:id/tax_ids", (call) => {
    const c = getCustomer(call.ctx, call.params.id);
    const all = Object.values(call.ctx.store.state.taxIds).filter((t) => t.customer === c.id);
    return paginate(all, call.body, `/v1/customers/${c.id}/tax_ids`, "tax_id");
  });

  r.add("DELETE", "/v1/customers/:id/tax_ids/:tax", (call) => {
    const t = call.ctx.store.state.taxIds[call.params.tax];
    if (!t || t.customer !== call.params.id) throw missing("tax_id", call.params.tax);
    delete call.ctx.store.state.taxIds[t.id];
    return { id: t.id, object: "tax_id", deleted: true };
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
    const fields = customFields(b.invoice_settings);
    if (fields !== undefined) c.invoice_settings.custom_fields = fields;
    return c;
  });

  r.add("GET", "/v1/customers", (call) => {
    const email = str(call.body.email, "email");
    const all = Object.values(call.ctx.store.state.customers).filter((c) => email === undefined || c.email === email);
    return paginate(all, call.body, "/v1/customers", "customer");
  });
}
