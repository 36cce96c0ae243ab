"use client";

import { useActionState } from "react";
import { buyByInvoice, type InvoicePurchaseState } from "@/app/subscribe/invoice/actions";
import { renewByInvoiceAction } from "@/app/account/organization/[id]/billing/actions";

type Country = { code: string; name: string };

const input = "mt-1 w-full rounded border border-neutral-400 px-3 py-2 aria-[invalid=true]:border-red-700";

/**
 * Buy a site licence by invoice (company, seats, billing contact, PO number,
 * country and tax ID), or, with `renewalOf`, switch an existing licence's
 * renewals to invoicing (the same billing fields only).
 */
export function InvoicePurchaseForm({ countries, seatPrice, renewalOf }: { countries: Country[]; seatPrice?: string; renewalOf?: string }) {
  const [state, action, pending] = useActionState<InvoicePurchaseState, FormData>(renewalOf ? renewByInvoiceAction : buyByInvoice, {});
  const v = state.values ?? {};
  const bad = (f: string) => state.field === f || undefined;
  const errorFor = (f: string) =>
    state.field === f && state.message ? (
      <p id={`${f}-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">
        {state.message}
      </p>
    ) : null;
  const described = (f: string, hint?: string) => [state.field === f ? `${f}-error` : "", hint ?? ""].filter(Boolean).join(" ") || undefined;
  return (
    <form action={action} className="mt-6 max-w-xl space-y-4">
      <input type="hidden" name="intent" value={renewalOf ? "invoice-renewal" : "invoice-purchase"} />
      {renewalOf && <input type="hidden" name="organizationId" value={renewalOf} />}
      {state.ok && state.message && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-[15px]">
          {state.message}
        </p>
      )}
      {!renewalOf && (
        <>
          <div>
            <label htmlFor="organizationName" className="block text-sm font-semibold">
              Company name (as it should appear on the invoice)
            </label>
            <input
              id="organizationName"
              name="organizationName"
              required
              minLength={2}
              maxLength={120}
              defaultValue={v.organizationName}
              aria-invalid={bad("organizationName")}
              aria-describedby={described("organizationName")}
              className={input}
            />
            {errorFor("organizationName")}
          </div>
          <div>
            <label htmlFor="seats" className="block text-sm font-semibold">
              Seats
            </label>
            <input
              id="seats"
              name="seats"
              type="number"
              min={2}
              max={500}
              required
              defaultValue={v.seats || "10"}
              aria-invalid={bad("seats")}
              aria-describedby={described("seats", "seats-hint")}
              className={`${input} w-28`}
            />
            <p id="seats-hint" className="mt-1 text-xs text-muted">
              {seatPrice} per seat per year.
            </p>
            {errorFor("seats")}
          </div>
        </>
      )}
      <fieldset className="space-y-4 rounded border border-neutral-300 p-4">
        <legend className="px-1 text-sm font-semibold">Who receives the invoice</legend>
        <div>
          <label htmlFor="billingName" className="block text-sm font-semibold">
            Billing contact
          </label>
          <input
            id="billingName"
            name="billingName"
            required
            maxLength={80}
            autoComplete="name"
            defaultValue={v.billingName}
            aria-invalid={bad("billingName")}
            aria-describedby={described("billingName")}
            className={input}
          />
          {errorFor("billingName")}
        </div>
        <div>
          <label htmlFor="billingEmail" className="block text-sm font-semibold">
            Billing email (accounts payable)
          </label>
          <input
            id="billingEmail"
            name="billingEmail"
            type="email"
            required
            maxLength={200}
            autoComplete="email"
            defaultValue={v.billingEmail}
            aria-invalid={bad("billingEmail")}
            aria-describedby={described("billingEmail")}
            className={input}
          />
          {errorFor("billingEmail")}
        </div>
        <div>
          <label htmlFor="poNumber" className="block text-sm font-semibold">
            Purchase-order number <span className="font-normal text-muted">(optional)</span>
          </label>
          <input
            id="poNumber"
            name="poNumber"
            maxLength={40}
            defaultValue={v.poNumber}
            aria-invalid={bad("poNumber")}
            aria-describedby={described("poNumber")}
            className={input}
          />
          {errorFor("poNumber")}
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded border border-neutral-300 p-4">
        <legend className="px-1 text-sm font-semibold">Tax</legend>
        <div>
          <label htmlFor="country" className="block text-sm font-semibold">
            Country of the billing address
          </label>
          {/* React resets a form after its action; a select goes back to the option selected when it mounted, so remount it with what was sent. */}
          <select
            key={v.country || "US"}
            id="country"
            name="country"
            required
            defaultValue={v.country || "US"}
            aria-invalid={bad("country")}
            aria-describedby={described("country")}
            className={input}
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {errorFor("country")}
        </div>
        <div>
          <label htmlFor="taxId" className="block text-sm font-semibold">
            VAT number or EIN <span className="font-normal text-muted">(optional)</span>
          </label>
          <input
            id="taxId"
            name="taxId"
            maxLength={40}
            defaultValue={v.taxId}
            aria-invalid={bad("taxId")}
            aria-describedby={described("taxId", "taxId-hint")}
            className={input}
          />
          <p id="taxId-hint" className="mt-1 text-xs text-muted">
            EU, UK, Swiss and Norwegian VAT numbers are checked, including the check digit; a US EIN is written 12-3456789.
          </p>
          {errorFor("taxId")}
        </div>
      </fieldset>
      {state.message && !state.ok && !FIELD_NAMES.includes(state.field ?? "") && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "Working…" : renewalOf ? "Renew by invoice (net 30)" : "Get the invoice (net 30)"}
      </button>
    </form>
  );
}

const FIELD_NAMES = ["organizationName", "seats", "billingName", "billingEmail", "poNumber", "country", "taxId"];
