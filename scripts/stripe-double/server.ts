// Entry point: a local Stripe test double the app reaches through the
// official SDK (`new Stripe(key, { host, port, protocol: "http" })`).
// /v1/* is the REST API, /checkout, /billing_portal and /invoices are the
// hosted pages, /_double/* are test controls. See README.md.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { buildApiRouter, handleApi } from "./api.ts";
import { processDue } from "./billing.ts";
import { Clock } from "./clock.ts";
import type { Ctx } from "./context.ts";
import { handleControl } from "./controls.ts";
import { EventLog } from "./events.ts";
import { handleHosted } from "./hosted.ts";
import { sendJson } from "./http.ts";
import { Store } from "./store.ts";
import { DEFAULT_RETRY, WebhookDispatcher, type RetryPolicy } from "./webhooks.ts";

/** The API version pinned by the installed stripe@23.1.0 SDK. */
export const DEFAULT_API_VERSION = "2026-10-28.endive";

export interface StripeDoubleOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  webhookUrl?: string;
  /** whsec_... used to sign webhook payloads. */
  webhookSecret: string;
  /** JSON file to load state from and save it to after every change. */
  statePath?: string;
  /** Base clock in milliseconds (like Date.now); test-clock advances add to it. */
  now?: () => number;
  log?: (line: string) => void;
  /** If set, only this exact API key is accepted (otherwise any sk_test_/rk_test_ key). */
  apiKey?: string;
  /** api_version stamped on events. */
  apiVersion?: string;
  webhookRetry?: Partial<RetryPolicy>;
}

export interface StripeDouble {
  port: number;
  url: string;
  stop(): Promise<void>;
  setWebhookUrl(url: string): void;
}

export async function startStripeDouble(opts: StripeDoubleOptions): Promise<StripeDouble> {
  if (!opts.webhookSecret || !opts.webhookSecret.trim())
    throw new Error("startStripeDouble: webhookSecret is required (e.g. freshSecrets().stripeWebhook from lib/secrets.ts)");
  const log = opts.log ?? (() => {});
  const store = new Store(opts.statePath);
  const clock = new Clock(opts.now ?? Date.now, store.state.clockOffsetMs);
  const retry = { ...DEFAULT_RETRY, ...opts.webhookRetry };
  const webhooks = new WebhookDispatcher(store, opts.webhookUrl, opts.webhookSecret, retry, log, () => store.save());
  const apiVersion = opts.apiVersion ?? DEFAULT_API_VERSION;
  const ctx: Ctx = { store, clock, events: new EventLog(store, clock, webhooks, apiVersion), webhooks, log, baseUrl: "", apiVersion };
  const apiRouter = buildApiRouter();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://double.local");
    // Real time passes too (a long `npm run dev` session): settle renewals
    // and expiries that fell due before serving anything.
    if (processDue(ctx) > 0) store.save();
    if (url.pathname.startsWith("/v1/")) return handleApi(ctx, apiRouter, opts.apiKey, req, res, url);
    if (url.pathname.startsWith("/_double/")) return handleControl(ctx, req, res, url);
    if (await handleHosted(ctx, req, res, url)) return;
    sendJson(res, 404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${url.pathname}).` } });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      log(`error: ${req.method} ${req.url}: ${e instanceof Error ? e.stack : String(e)}`);
      if (!res.headersSent) sendJson(res, 500, { error: { type: "api_error", message: "Internal error in the Stripe double." } });
      else res.end();
    });
  });

  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  ctx.baseUrl = `http://${urlHost}:${port}`;
  // Renewals that fell due while the double was down happen now, and
  // deliveries a restart interrupted continue.
  if (processDue(ctx) > 0) store.save();
  webhooks.resumePending();
  log(`Stripe double listening on ${ctx.baseUrl}${opts.webhookUrl ? ` → webhooks to ${opts.webhookUrl}` : ""}`);

  return {
    port,
    url: ctx.baseUrl,
    setWebhookUrl: (u: string) => webhooks.setUrl(u),
    async stop() {
      webhooks.stop();
      store.save();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
