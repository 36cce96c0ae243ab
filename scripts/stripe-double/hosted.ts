// Browser-facing pages: hosted Checkout (/checkout/:id), the Billing Portal
// (/billing_portal/:id) and invoice links. No API key involved, just like
// Stripe's hosted pages, which are reachable by their unguessable URLs.
import type { IncomingMessage, ServerResponse } from "node:http";
import { cancelNow, getPrice, mutateSubscription, payInvoice, setCancelAtPeriodEnd, setItemPrice } from "./billing.ts";
import { completeCheckout, refreshSession, sessionEmail, successRedirect } from "./checkout-flow.ts";
import type { Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";
import { parseForm, type FormObject } from "./form-encoding.ts";
import { readBody, redirect, Router, sendHtml, type Params } from "./http.ts";
import { checkoutPage, invoicePage, invoicePdf, messagePage, portalPage, priceLabel } from "./pages.ts";
import { NO_REQUEST, type CheckoutSession } from "./types.ts";

type Hosted = (ctx: Ctx, p: Params, form: FormObject, res: ServerResponse, url: URL) => void;

function field(form: FormObject, name: string): string {
  const v = form[name];
  return typeof v === "string" ? v : "";
}

function closedSessionPage(session: CheckoutSession): string {
  if (session.status === "complete") {
    const next = successRedirect(session);
    return messagePage("Already paid", "This Checkout Session is already complete.", next ? { href: next, text: "Continue" } : undefined);
  }
  const back = session.cancel_url ? { href: session.cancel_url, text: "Return to the site" } : undefined;
  return messagePage("Session expired", "This Checkout Session has expired. Please start again.", back);
}

const showCheckout: Hosted = (ctx, p, _form, res) => {
  const session = ctx.store.state.checkoutSessions[p.id];
  if (!session) return sendHtml(res, 404, messagePage("Not found", "This Checkout Session does not exist."));
  refreshSession(ctx, session);
  if (session.status !== "open") return sendHtml(res, 410, closedSessionPage(session));
  sendHtml(res, 200, checkoutPage(ctx, session, sessionEmail(ctx, session)));
};

const payCheckout: Hosted = (ctx, p, form, res) => {
  const session = ctx.store.state.checkoutSessions[p.id];
  if (!session) return sendHtml(res, 404, messagePage("Not found", "This Checkout Session does not exist."));
  const input = {
    number: field(form, "cardNumber"),
    expiry: field(form, "cardExpiry"),
    cvc: field(form, "cardCvc"),
    email: field(form, "email"),
    name: field(form, "billingName"),
    strict: true,
  };
  const outcome = completeCheckout(ctx, session, input, NO_REQUEST);
  ctx.store.save();
  if (outcome.kind === "not_open") return sendHtml(res, 410, closedSessionPage(session));
  if (outcome.kind === "card_error") {
    const values = { email: input.email, cardNumber: input.number, cardExpiry: input.expiry, cardCvc: input.cvc, billingName: input.name };
    return sendHtml(res, 402, checkoutPage(ctx, session, sessionEmail(ctx, session), values, outcome));
  }
  if (outcome.redirectUrl) return redirect(res, outcome.redirectUrl);
  sendHtml(res, 200, messagePage("Thanks for subscribing", "Your payment was successful."));
};

const showPortal: Hosted = (ctx, p, _form, res, url) => {
  const portal = ctx.store.state.portalSessions[p.id];
  if (!portal) return sendHtml(res, 404, messagePage("Not found", "This billing portal session does not exist."));
  sendHtml(res, 200, portalPage(ctx, portal, url.searchParams.get("done") ?? undefined));
};

const portalAction: Hosted = (ctx, p, form, res) => {
  const portal = ctx.store.state.portalSessions[p.id];
  const sub = ctx.store.state.subscriptions[p.sub];
  if (!portal || !sub || sub.customer !== portal.customer) {
    return sendHtml(res, 404, messagePage("Not found", "That subscription is not available in this portal session."));
  }
  if (sub.status === "canceled") return sendHtml(res, 409, messagePage("Already canceled", "This subscription is already canceled."));
  let done: string;
  switch (p.action) {
    case "cancel_at_period_end":
      setCancelAtPeriodEnd(ctx, sub, true, NO_REQUEST);
      done = "Your subscription will be canceled at the end of the billing period.";
      break;
    case "resume":
      setCancelAtPeriodEnd(ctx, sub, false, NO_REQUEST);
      done = "Your subscription has been resumed.";
      break;
    case "cancel_now":
      cancelNow(ctx, sub, NO_REQUEST);
      done = "Your subscription has been canceled.";
      break;
    case "switch": {
      let price;
      try {
        price = getPrice(ctx, field(form, "price"));
      } catch (e) {
        if (e instanceof ApiError) return sendHtml(res, 400, messagePage("Unknown plan", e.message));
        throw e;
      }
      mutateSubscription(ctx, sub, NO_REQUEST, (s) => setItemPrice(s.items.data[0], price));
      done = `Switched to ${priceLabel(ctx, price)}.`;
      break;
    }
    default:
      return sendHtml(res, 404, messagePage("Not found", `Unknown action ${p.action}.`));
  }
  ctx.store.save();
  redirect(res, `/billing_portal/${encodeURIComponent(portal.id)}?done=${encodeURIComponent(done)}`);
};

const showInvoice: Hosted = (ctx, p, _form, res, url) => {
  const invoice = ctx.store.state.invoices[p.id];
  if (!invoice || invoice.status === "draft") return sendHtml(res, 404, messagePage("Not found", "This invoice does not exist."));
  sendHtml(res, 200, invoicePage(invoice, url.searchParams.get("done") ?? undefined));
};

// The hosted invoice page's Pay button (bank transfer or card: the double just records the payment).
const payInvoicePage: Hosted = (ctx, p, _form, res) => {
  const invoice = ctx.store.state.invoices[p.id];
  if (!invoice || invoice.status === "draft") return sendHtml(res, 404, messagePage("Not found", "This invoice does not exist."));
  if (invoice.status !== "open") return sendHtml(res, 409, invoicePage(invoice, `This invoice is ${invoice.status}; there is nothing to pay.`));
  payInvoice(ctx, invoice, NO_REQUEST);
  ctx.store.save();
  redirect(res, `/invoices/${encodeURIComponent(invoice.id)}?done=${encodeURIComponent("Thank you: this invoice is paid.")}`);
};

const invoicePdfFile: Hosted = (ctx, p, _form, res) => {
  const invoice = ctx.store.state.invoices[p.id];
  if (!invoice || invoice.status === "draft") return sendHtml(res, 404, messagePage("Not found", "This invoice does not exist."));
  const pdf = invoicePdf(invoice);
  res.writeHead(200, {
    "Content-Type": "application/pdf",
    "Content-Length": String(pdf.length),
    "Content-Disposition": `inline; filename="${invoice.number ?? invoice.id}.pdf"`,
  });
  res.end(pdf);
};

const router = new Router<Hosted>()
  .add("GET", "/checkout/:id", showCheckout)
  .add("POST", "/checkout/:id/pay", payCheckout)
  .add("GET", "/billing_portal/:id", showPortal)
  .add("POST", "/billing_portal/:id/subscriptions/:sub/:action", portalAction)
  .add("GET", "/invoices/:id", showInvoice)
  .add("POST", "/invoices/:id/pay", payInvoicePage)
  .add("GET", "/invoices/:id/pdf", invoicePdfFile);

/** Returns false when the path is not a hosted page. */
export async function handleHosted(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const match = router.match(req.method ?? "GET", url.pathname);
  if (!match) return false;
  const form = req.method === "POST" ? parseForm(await readBody(req)) : {};
  match.handler(ctx, match.params, form, res, url);
  ctx.log(`${req.method} ${url.pathname} → ${res.statusCode}`);
  return true;
}
