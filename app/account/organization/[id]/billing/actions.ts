"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { InvoicePurchaseState } from "@/app/subscribe/invoice/actions";
import { invoiceRenewalInput, renewByInvoice } from "@/lib/billing/invoice-renewal";
import { currentViewer } from "@/lib/access/current";

const FIELDS = ["organizationId", "billingName", "billingEmail", "poNumber", "country", "taxId"] as const;

export async function renewByInvoiceAction(_prev: InvoicePurchaseState, form: FormData): Promise<InvoicePurchaseState> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "").slice(0, 200)]));
  const viewer = await currentViewer();
  if (!viewer.userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/account")}`);
  const parsed = invoiceRenewalInput.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: issue?.message ?? "Please check the form.", field: String(issue?.path[0] ?? ""), values };
  }
  const r = await renewByInvoice(parsed.data, viewer);
  if (r.ok) revalidatePath(`/account/organization/${parsed.data.organizationId}`);
  return { ok: r.ok, message: r.message, field: r.ok ? undefined : r.field, values };
}
