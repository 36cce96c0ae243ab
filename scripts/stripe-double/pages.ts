// HTML for the hosted Checkout, Billing Portal and invoice pages. Plain
// server-rendered forms with real <label>s so browser tests can use
// getByLabel / getByRole exactly as a user (or screen reader) would.
import { formatAmount, periodOf, productName } from "./billing.ts";
import type { Ctx } from "./context.ts";
import type { CheckoutSession, Invoice, PortalSession, Price, Subscription } from "./types.ts";

export function esc(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

function day(unix: number): string {
  return new Date(unix * 1000).toISOString().slice(0, 10);
}

export function priceLabel(ctx: Ctx, price: Price): string {
  const r = price.recurring;
  const every = r ? (r.interval_count === 1 ? ` / ${r.interval}` : ` every ${r.interval_count} ${r.interval}s`) : "";
  return `${productName(ctx, price)} – ${formatAmount(price.unit_amount, price.currency)}${every}`;
}

export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f6f9fc; color: #1a1f36; margin: 0; }
  main { max-width: 28rem; margin: 2rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 2px 8px #0001; }
  .test-banner { background: #ffde92; color: #6b4b00; font-size: .8rem; text-align: center; padding: .3rem; }
  label { display: block; margin-top: 1rem; font-size: .9rem; }
  input { width: 100%; box-sizing: border-box; padding: .5rem; font-size: 1rem; margin-top: .25rem; }
  fieldset { border: 0; padding: 0; margin: 0; }
  button { margin-top: 1rem; padding: .6rem 1rem; font-size: 1rem; cursor: pointer; }
  button.primary { width: 100%; background: #635bff; color: #fff; border: 0; border-radius: 4px; }
  .error { color: #df1b41; margin-top: 1rem; }
  .status { color: #0a7e4b; }
  section { border-top: 1px solid #e3e8ee; margin-top: 1rem; padding-top: .5rem; }
  section form { display: inline-block; margin-right: .5rem; }
</style>
</head>
<body>
<div class="test-banner">TEST MODE — local Stripe double, no real payments</div>
<main>
${body}
</main>
</body>
</html>`;
}

export function messagePage(title: string, message: string, link?: { href: string; text: string }): string {
  const a = link ? `<p><a href="${esc(link.href)}">${esc(link.text)}</a></p>` : "";
  return layout(title, `<h1>${esc(title)}</h1>\n<p>${esc(message)}</p>\n${a}`);
}

export interface CheckoutForm {
  email?: string;
  cardNumber?: string;
  cardExpiry?: string;
  cardCvc?: string;
  billingName?: string;
}

export function checkoutPage(
  ctx: Ctx,
  session: CheckoutSession,
  knownEmail: string | null,
  form: CheckoutForm = {},
  error?: { message: string; param: string },
): string {
  const items = ctx.store.state.sessionLineItems[session.id] ?? [];
  const list = items.map((li) => `<li>${li.quantity} × ${esc(priceLabel(ctx, li.price))}</li>`).join("\n");
  const invalid = (field: string): string => (error?.param === field ? ` aria-invalid="true" aria-describedby="form-error"` : "");
  const input = (id: string, label: string, attrs: string, value = ""): string =>
    `<label for="${id}">${label}</label>\n<input id="${id}" name="${id}" value="${esc(value)}" ${attrs}${invalid(id)}>`;
  const emailField = knownEmail
    ? input("email", "Email", `type="email" readonly autocomplete="email"`, knownEmail)
    : input("email", "Email", `type="email" autocomplete="email" aria-required="true"`, form.email);
  const back = session.cancel_url ? `<p><a href="${esc(session.cancel_url)}">← Back</a></p>` : "";
  const body = `
<h1>Subscribe</h1>
<ul>
${list}
</ul>
<p>Total due today: <strong>${esc(formatAmount(session.amount_total, session.currency))}</strong></p>
<form method="post" action="/checkout/${esc(session.id)}/pay" novalidate>
${error ? `<p id="form-error" class="error" role="alert">${esc(error.message)}</p>` : ""}
${emailField}
<fieldset>
<legend>Card information</legend>
${input("cardNumber", "Card number", `inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234" aria-required="true"`, form.cardNumber)}
${input("cardExpiry", "Expiration date (MM / YY)", `autocomplete="cc-exp" placeholder="MM / YY" aria-required="true"`, form.cardExpiry)}
${input("cardCvc", "CVC", `inputmode="numeric" autocomplete="cc-csc" placeholder="CVC" aria-required="true"`, form.cardCvc)}
</fieldset>
${input("billingName", "Name on card", `autocomplete="cc-name"`, form.billingName)}
<button type="submit" class="primary">Subscribe</button>
</form>
${back}`;
  return layout("Checkout – Stripe double", body);
}

function subscriptionSummary(sub: Subscription): string {
  if (sub.status === "canceled") return `Canceled${sub.ended_at ? ` on ${day(sub.ended_at)}` : ""}.`;
  if (sub.cancel_at_period_end) return `Cancels on ${day(periodOf(sub).end)}.`;
  if (sub.status === "past_due") return `Payment past due. Current period ends ${day(periodOf(sub).end)}.`;
  return `Renews on ${day(periodOf(sub).end)}.`;
}

export function portalPage(ctx: Ctx, portal: PortalSession, flash?: string): string {
  const customer = ctx.store.state.customers[portal.customer];
  const subs = Object.values(ctx.store.state.subscriptions)
    .filter((s) => s.customer === portal.customer)
    .reverse();
  const prices = Object.values(ctx.store.state.prices).filter((p) => p.active && p.recurring);
  const action = (sub: Subscription, name: string, label: string, hidden = ""): string =>
    `<form method="post" action="/billing_portal/${esc(portal.id)}/subscriptions/${esc(sub.id)}/${name}">${hidden}<button type="submit">${esc(label)}</button></form>`;
  const sections = subs.map((sub) => {
    const item = sub.items.data[0];
    const buttons: string[] = [];
    if (sub.status !== "canceled") {
      buttons.push(sub.cancel_at_period_end ? action(sub, "resume", "Resume") : action(sub, "cancel_at_period_end", "Cancel at period end"));
      buttons.push(action(sub, "cancel_now", "Cancel now"));
      for (const p of prices.filter((p) => p.id !== item.price.id && p.currency === sub.currency)) {
        buttons.push(action(sub, "switch", `Switch to ${priceLabel(ctx, p)}`, `<input type="hidden" name="price" value="${esc(p.id)}">`));
      }
    }
    const headingId = `sub-${esc(sub.id)}`;
    return `<section aria-labelledby="${headingId}">
<h2 id="${headingId}">${esc(priceLabel(ctx, item.price))}</h2>
<p>Status: <strong>${esc(sub.status)}</strong>. ${esc(subscriptionSummary(sub))}</p>
${buttons.join("\n")}
</section>`;
  });
  const back = portal.return_url ? `<p><a href="${esc(portal.return_url)}">← Return to Trade Law Daily</a></p>` : "";
  const body = `
<h1>Manage your subscription</h1>
<p>${esc(customer?.email ?? customer?.id ?? "")}</p>
${flash ? `<p class="status" role="status">${esc(flash)}</p>` : ""}
${sections.length ? sections.join("\n") : "<p>You have no subscriptions.</p>"}
${back}`;
  return layout("Billing portal – Stripe double", body);
}

export function invoicePage(invoice: Invoice, notice?: string): string {
  const rows = invoice.lines.data.map(
    (l) =>
      `<tr><td>${esc(l.description)}${l.parent.subscription_item_details.proration ? " <em>(proration)</em>" : ""}</td><td>${day(l.period.start)} – ${day(l.period.end)}</td><td style="text-align:right">${esc(formatAmount(l.amount, l.currency))}</td></tr>`,
  );
  const fields = (invoice.custom_fields ?? []).map((f) => `<p>${esc(f.name)}: <strong>${esc(f.value)}</strong></p>`).join("\n");
  const taxIds = (invoice.customer_tax_ids ?? []).map((t) => `<p>Tax ID (${esc(t.type)}): ${esc(t.value)}</p>`).join("\n");
  const due = invoice.due_date ? `<p>Due: <strong>${day(invoice.due_date)}</strong></p>` : "";
  const pay =
    invoice.status === "open"
      ? `<form method="post" action="/invoices/${esc(invoice.id)}/pay"><button type="submit">Pay ${esc(formatAmount(invoice.amount_remaining, invoice.currency))}</button></form>`
      : "";
  const title = `Invoice ${invoice.number ?? "(draft)"}`;
  return layout(
    title,
    `
<h1>${esc(title)}</h1>
${notice ? `<p role="status">${esc(notice)}</p>` : ""}
<p>Status: <strong>${esc(invoice.status)}</strong></p>
<p>Billed to: ${esc(invoice.customer_name ?? "")} ${esc(invoice.customer_email ?? "")}</p>
${fields}
${taxIds}
${due}
<table><thead><tr><th>Description</th><th>Period</th><th>Amount</th></tr></thead><tbody>${rows.join("\n")}</tbody></table>
<p>Total: ${esc(formatAmount(invoice.total, invoice.currency))}, paid ${esc(formatAmount(invoice.amount_paid, invoice.currency))}, remaining ${esc(formatAmount(invoice.amount_remaining, invoice.currency))}</p>
${pay}
${invoice.invoice_pdf ? `<p><a href="${esc(invoice.invoice_pdf)}">Download PDF</a></p>` : ""}`,
  );
}

/** A one-page PDF naming the invoice (enough for a link that opens a real PDF). */
export function invoicePdf(invoice: Invoice): Buffer {
  const text = `Invoice ${invoice.number ?? invoice.id} - ${formatAmount(invoice.total, invoice.currency)} - ${invoice.status}`.replace(/[()\\]/g, "");
  const stream = `BT /F1 14 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
