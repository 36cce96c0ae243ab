"use server";

import { redirect } from "next/navigation";
import { checkoutInput, startCheckout } from "@/lib/billing/checkout";
import { currentViewer } from "@/lib/access/current";

export type PlanState = { message?: string };

export async function choosePlan(_prev: PlanState, form: FormData): Promise<PlanState> {
  const parsed = checkoutInput.safeParse({
    plan: form.get("plan"),
    seats: form.get("seats") || undefined,
    organizationName: form.get("organizationName") || undefined,
  });
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Please choose a plan." };
  const viewer = await currentViewer();
  if (!viewer.userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/subscribe?plan=${parsed.data.plan}`)}`);
  const result = await startCheckout(viewer, parsed.data);
  if (!result.ok) return { message: result.message };
  redirect(result.url);
}
