"use server";

import { redirect } from "next/navigation";
import { invoicePurchaseInput, startInvoicePurchase } from "@/lib/billing/invoice-purchase";
import { currentViewer } from "@/lib/access/current";

export type InvoicePurchaseState = { ok?: boolean; message?: string; field?: string; values?: Record<string, string> };

const FIELDS = ["organizationName", "seats", "billingName", "billingEmail", "poNumber", "country", "taxId"] as const;

export async function buyByInvoice(_prev: InvoicePurchaseState, form: FormData): Promise<InvoicePurchaseState> {
  // What the buyer typed comes back with any error, so a mistake loses nothing.
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "").slice(0, 200)]));
  const viewer = await currentViewer();
  if (!viewer.userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/subscribe/invoice")}`);
  const parsed = invoicePurchaseInput.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { message: issue?.message ?? "Please check the form.", field: String(issue?.path[0] ?? ""), values };
  }
  const result = await startInvoicePurchase(viewer, parsed.data);
  if (!result.ok) return { message: result.message, field: result.field, values };
  redirect(result.url);
}
