// The /v1 REST surface: authentication, form parsing, idempotency replay,
// expansion and Stripe-shaped errors around the per-resource handlers.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";
import { applyExpand } from "./expand.ts";
import { parseForm, strArray, type FormObject } from "./form-encoding.ts";
import { readBody, Router, sendJson, type Params } from "./http.ts";
import { newId } from "./store.ts";
import type { RequestInfo } from "./types.ts";
import { registerCatalog } from "./resources/catalog.ts";
import { registerCheckout } from "./resources/checkout.ts";
import { registerCustomers } from "./resources/customers.ts";
import { registerEvents } from "./resources/events.ts";
import { registerInvoices } from "./resources/invoices.ts";
import { registerPortal } from "./resources/billing-portal.ts";
import { registerSubscriptions } from "./resources/subscriptions.ts";

export interface ApiCall {
  ctx: Ctx;
  params: Params;
  body: FormObject;
  request: RequestInfo;
  path: string;
}

export type ApiHandler = (call: ApiCall) => unknown;
export type ApiRouter = Router<ApiHandler>;

export function buildApiRouter(): ApiRouter {
  const r: ApiRouter = new Router<ApiHandler>();
  for (const register of [registerCustomers, registerCatalog, registerCheckout, registerPortal, registerSubscriptions, registerInvoices, registerEvents]) {
    register(r);
  }
  return r;
}

/**
 * The double accepts params it does not model (so the app is not forced to
 * drop legitimate Stripe options) but says so in the log, because such a
 * param silently has no effect here.
 */
export function warnUnknown(call: ApiCall, known: string[]): void {
  const extra = Object.keys(call.body).filter((k) => k !== "expand" && !known.includes(k));
  if (extra.length > 0) call.ctx.log(`note: ${call.path} ignores unsupported param(s): ${extra.join(", ")}`);
}

const NO_KEY_MESSAGE =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth " +
  "(e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, " +
  "or we can help at https://support.stripe.com/.";

function apiKeyFrom(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  if (!h) return undefined;
  const [scheme, value = ""] = h.split(" ", 2);
  if (/^bearer$/i.test(scheme)) return value.trim() || undefined;
  // Stripe also takes the key as the Basic-auth user name (curl -u sk_test_..:).
  if (/^basic$/i.test(scheme)) return Buffer.from(value, "base64").toString("utf8").split(":")[0] || undefined;
  return undefined;
}

function checkKey(req: IncomingMessage, requiredKey: string | undefined): ApiError | null {
  const key = apiKeyFrom(req);
  if (!key) return new ApiError(401, NO_KEY_MESSAGE);
  const acceptable = requiredKey ? key === requiredKey : /^(sk|rk)_test_\S+$/.test(key);
  if (acceptable) return null;
  const masked = key.length > 12 ? `${key.slice(0, 8)}****${key.slice(-4)}` : "****";
  return new ApiError(401, `Invalid API Key provided: ${masked}`);
}

export async function handleApi(
  ctx: Ctx,
  router: ApiRouter,
  requiredKey: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const method = req.method ?? "GET";
  const requestId = newId("req", 14);
  const raw = await readBody(req);
  const idemKey = method === "POST" ? (req.headers["idempotency-key"] as string | undefined) : undefined;
  const headers: Record<string, string> = {
    "Request-Id": requestId,
    "Stripe-Version": (req.headers["stripe-version"] as string | undefined) ?? ctx.apiVersion,
  };
  if (idemKey) headers["Idempotency-Key"] = idemKey;
  const reply = (status: number, body: unknown): void => {
    sendJson(res, status, body, headers);
    ctx.log(`${method} ${url.pathname}${url.search} → ${status}`);
  };

  const authError = checkKey(req, requiredKey);
  if (authError) return reply(authError.status, authError.toJSON());

  // One API version: objects are shaped as `ctx.apiVersion` has them. Real Stripe would answer an
  // older version in that version's shapes; the double refuses rather than answer in the wrong ones.
  const asked = req.headers["stripe-version"] as string | undefined;
  if (asked && asked !== ctx.apiVersion) {
    const e = new ApiError(400, `The Stripe double speaks API version ${ctx.apiVersion} only; this request asked for ${asked}.`, "invalid_request_error");
    return reply(e.status, e.toJSON());
  }

  const match = router.match(method, url.pathname);
  if (!match) {
    const message = `Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`;
    ctx.log(`note: the Stripe double does not implement ${method} ${url.pathname}`);
    return reply(404, { error: { type: "invalid_request_error", message } });
  }

  if (idemKey) {
    const seen = ctx.store.state.idempotency[idemKey];
    if (seen && seen.method === method && seen.path === url.pathname && seen.body === raw) {
      Object.assign(headers, { "Idempotent-Replayed": "true", "Original-Request": seen.request_id });
      return reply(seen.status, seen.response);
    }
    if (seen) {
      const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idemKey}' if you meant to execute a different request.`;
      return reply(400, new ApiError(400, message, "idempotency_error").toJSON());
    }
  }

  let status = 200;
  let text: string;
  try {
    const body = parseForm(raw, parseForm(url.search.slice(1)));
    const call: ApiCall = { ctx, params: match.params, body, request: { id: requestId, idempotency_key: idemKey ?? null }, path: url.pathname };
    const result = match.handler(call);
    text = JSON.stringify(applyExpand(ctx, result, strArray(body.expand, "expand") ?? []), null, 2);
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError(500, "An unknown error occurred in the Stripe double.", "api_error");
    if (!(e instanceof ApiError)) ctx.log(`error: ${method} ${url.pathname}: ${e instanceof Error ? e.stack : String(e)}`);
    status = err.status;
    text = JSON.stringify(err.toJSON(), null, 2);
  }
  // Like Stripe, only completed requests are remembered: a request rejected
  // for bad params can be fixed and retried under the same key.
  if (idemKey && status >= 200 && status < 300) {
    ctx.store.remember(idemKey, { method, path: url.pathname, body: raw, status, response: text, request_id: requestId });
  }
  if (method !== "GET") ctx.store.save();
  reply(status, text);
}
