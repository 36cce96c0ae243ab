// /v1/products and /v1/prices. Lookup keys are unique across the account,
// exactly as on Stripe, so a seeding script that forgets
// `transfer_lookup_key` fails here the same way it would in production.
import { warnUnknown, type ApiCall, type ApiRouter } from "../api.ts";
import { getPrice } from "../billing.ts";
import { ApiError, invalid, missing, missingParam } from "../errors.ts";
import { applyMetadata, bool, int, obj, oneOf, str, strArray } from "../form-encoding.ts";
import { paginate } from "../list.ts";
import { newId } from "../store.ts";
import type { Interval, Price, Product } from "../types.ts";

const INTERVALS: readonly Interval[] = ["day", "week", "month", "year"];

function createProduct(call: ApiCall, b: ApiCall["body"], prefix: string): Product {
  const { ctx } = call;
  const at = (field: string): string => (prefix ? `${prefix}[${field}]` : field);
  const name = str(b.name, at("name"));
  if (!name) throw missingParam(at("name"));
  const id = str(b.id, at("id")) || newId("prod", 14);
  if (ctx.store.state.products[id]) throw new ApiError(400, "Product already exists.", "invalid_request_error", "id", "resource_already_exists");
  const now = ctx.clock.now();
  const product: Product = {
    id,
    object: "product",
    active: bool(b.active, at("active")) ?? true,
    created: now,
    default_price: null,
    description: str(b.description, at("description")) || null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: applyMetadata({}, b.metadata, at("metadata")),
    name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: str(b.statement_descriptor, at("statement_descriptor")) || null,
    tax_code: null,
    type: "service",
    unit_label: str(b.unit_label, at("unit_label")) || null,
    updated: now,
    url: null,
  };
  ctx.store.state.products[id] = product;
  return product;
}

/** Claim a lookup key for `price`, honouring transfer_lookup_key. */
function claimLookupKey(call: ApiCall, price: Price, key: string | null, transfer: boolean): void {
  if (key === null || key === price.lookup_key) {
    price.lookup_key = key;
    return;
  }
  if (key.length > 200) throw invalid("lookup_key", "lookup_key must be at most 200 characters.");
  const holder = Object.values(call.ctx.store.state.prices).find((p) => p.lookup_key === key && p.id !== price.id);
  if (holder && !transfer) {
    throw new ApiError(400, `A price (\`${holder.id}\`) already uses that lookup key.`, "invalid_request_error", "lookup_key");
  }
  if (holder) holder.lookup_key = null;
  price.lookup_key = key;
}

export function registerCatalog(r: ApiRouter): void {
  r.add("POST", "/v1/products", (call) => {
    warnUnknown(call, ["id", "name", "active", "description", "metadata", "statement_descriptor", "unit_label"]);
    return createProduct(call, call.body, "");
  });

  r.add("GET", "/v1/products/:id", (call) => {
    const p = call.ctx.store.state.products[call.params.id];
    if (!p) throw missing("product", call.params.id);
    return p;
  });

  r.add("POST", "/v1/products/:id", (call) => {
    warnUnknown(call, ["name", "active", "description", "metadata", "statement_descriptor", "unit_label", "default_price"]);
    const p = call.ctx.store.state.products[call.params.id];
    if (!p) throw missing("product", call.params.id);
    const b = call.body;
    p.name = str(b.name, "name") || p.name;
    p.active = bool(b.active, "active") ?? p.active;
    const description = str(b.description, "description");
    if (description !== undefined) p.description = description || null;
    const defaultPrice = str(b.default_price, "default_price");
    if (defaultPrice !== undefined) p.default_price = defaultPrice ? getPrice(call.ctx, defaultPrice, "default_price").id : null;
    p.metadata = applyMetadata(p.metadata, b.metadata);
    p.updated = call.ctx.clock.now();
    return p;
  });

  r.add("GET", "/v1/products", (call) => {
    const active = bool(call.body.active, "active");
    const ids = strArray(call.body.ids, "ids");
    const all = Object.values(call.ctx.store.state.products).filter((p) => (active === undefined || p.active === active) && (!ids || ids.includes(p.id)));
    return paginate(all, call.body, "/v1/products", "product");
  });

  r.add("POST", "/v1/prices", (call) => {
    warnUnknown(call, [
      "currency",
      "unit_amount",
      "unit_amount_decimal",
      "product",
      "product_data",
      "recurring",
      "lookup_key",
      "transfer_lookup_key",
      "nickname",
      "metadata",
      "active",
    ]);
    const { ctx } = call;
    const b = call.body;
    const currency = str(b.currency, "currency")?.toLowerCase();
    if (!currency) throw missingParam("currency");
    const decimal = str(b.unit_amount_decimal, "unit_amount_decimal");
    const unitAmount = int(b.unit_amount, "unit_amount") ?? (decimal ? Math.round(Number(decimal)) : undefined);
    if (unitAmount === undefined || Number.isNaN(unitAmount)) throw missingParam("unit_amount");
    if (unitAmount < 0) throw invalid("unit_amount", "This value must be greater than or equal to 0.");
    let product: string;
    const productData = obj(b.product_data, "product_data");
    const productId = str(b.product, "product");
    if (productId && productData) throw invalid("product", "You may only specify one of these parameters: product, product_data.");
    if (productData) product = createProduct(call, productData, "product_data").id;
    else if (productId) {
      if (!ctx.store.state.products[productId]) throw missing("product", productId, "product");
      product = productId;
    } else throw missingParam("product");
    const rec = obj(b.recurring, "recurring");
    let recurring: Price["recurring"] = null;
    if (rec) {
      const interval = oneOf(rec.interval, "recurring[interval]", INTERVALS);
      if (!interval) throw missingParam("recurring[interval]");
      const count = int(rec.interval_count, "recurring[interval_count]") ?? 1;
      if (count < 1) throw invalid("recurring[interval_count]", "Invalid recurring[interval_count]: must be at least 1.");
      recurring = { interval, interval_count: count, meter: null, trial_period_days: null, usage_type: "licensed" };
    }
    const price: Price = {
      id: newId("price"),
      object: "price",
      active: bool(b.active, "active") ?? true,
      billing_scheme: "per_unit",
      created: ctx.clock.now(),
      currency,
      custom_unit_amount: null,
      livemode: false,
      lookup_key: null,
      metadata: applyMetadata({}, b.metadata),
      nickname: str(b.nickname, "nickname") || null,
      product,
      recurring,
      tax_behavior: "unspecified",
      tiers_mode: null,
      transform_quantity: null,
      type: recurring ? "recurring" : "one_time",
      unit_amount: unitAmount,
      unit_amount_decimal: String(unitAmount),
    };
    claimLookupKey(call, price, str(b.lookup_key, "lookup_key") || null, bool(b.transfer_lookup_key, "transfer_lookup_key") ?? false);
    ctx.store.state.prices[price.id] = price;
    return price;
  });

  r.add("GET", "/v1/prices/:id", (call) => getPrice(call.ctx, call.params.id, "id"));

  r.add("POST", "/v1/prices/:id", (call) => {
    warnUnknown(call, ["active", "lookup_key", "transfer_lookup_key", "nickname", "metadata"]);
    const price = getPrice(call.ctx, call.params.id, "id");
    const b = call.body;
    price.active = bool(b.active, "active") ?? price.active;
    const nickname = str(b.nickname, "nickname");
    if (nickname !== undefined) price.nickname = nickname || null;
    const key = str(b.lookup_key, "lookup_key");
    if (key !== undefined) claimLookupKey(call, price, key || null, bool(b.transfer_lookup_key, "transfer_lookup_key") ?? false);
    price.metadata = applyMetadata(price.metadata, b.metadata);
    return price;
  });

  r.add("GET", "/v1/prices", (call) => {
    const b = call.body;
    const active = bool(b.active, "active");
    const keys = strArray(b.lookup_keys, "lookup_keys");
    if (keys && keys.length > 10) throw invalid("lookup_keys", "You may only specify up to 10 lookup keys.");
    const product = str(b.product, "product");
    const type = oneOf(b.type, "type", ["one_time", "recurring"] as const);
    const currency = str(b.currency, "currency")?.toLowerCase();
    const interval = oneOf(obj(b.recurring, "recurring")?.interval, "recurring[interval]", INTERVALS);
    const all = Object.values(call.ctx.store.state.prices).filter(
      (p) =>
        (active === undefined || p.active === active) &&
        (!keys || (p.lookup_key !== null && keys.includes(p.lookup_key))) &&
        (!product || p.product === product) &&
        (!type || p.type === type) &&
        (!currency || p.currency === currency) &&
        (!interval || p.recurring?.interval === interval),
    );
    return paginate(all, b, "/v1/prices", "price");
  });
}
