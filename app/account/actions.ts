"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { endSession } from "@/lib/auth/session";
import { openBillingPortal } from "@/lib/billing/checkout";
import { addMember, reinstateMember, removeMember, setAllowedDomains, suspendMember } from "@/lib/organizations";
import { currentViewer } from "@/lib/access/current";

export type FormState = { ok?: boolean; message?: string };

export async function signOut() {
  await endSession(await cookies());
  redirect("/");
}

export async function manageBilling(_prev: FormState): Promise<FormState> {
  const result = await openBillingPortal(await currentViewer());
  if (!result.ok) return { ok: false, message: result.message };
  redirect(result.url);
}

const orgId = z.string().min(1).max(64);

export async function addMemberAction(_prev: FormState, form: FormData): Promise<FormState> {
  const id = orgId.safeParse(form.get("organizationId"));
  if (!id.success) return { ok: false, message: "Unknown organisation." };
  const r = await addMember(id.data, form.get("email"), await currentViewer());
  revalidatePath(`/account/organization/${id.data}`);
  return r;
}

export async function removeMemberAction(_prev: FormState, form: FormData): Promise<FormState> {
  const id = orgId.safeParse(form.get("organizationId"));
  const user = orgId.safeParse(form.get("userId"));
  if (!id.success || !user.success) return { ok: false, message: "Unknown member." };
  const r = await removeMember(id.data, user.data, await currentViewer());
  revalidatePath(`/account/organization/${id.data}`);
  return r;
}

async function seatAction(form: FormData, change: typeof suspendMember): Promise<FormState> {
  const id = orgId.safeParse(form.get("organizationId"));
  const user = orgId.safeParse(form.get("userId"));
  if (!id.success || !user.success) return { ok: false, message: "Unknown member." };
  const r = await change(id.data, user.data, await currentViewer());
  revalidatePath(`/account/organization/${id.data}`);
  return r;
}

export async function suspendMemberAction(_prev: FormState, form: FormData): Promise<FormState> {
  return seatAction(form, suspendMember);
}

export async function reinstateMemberAction(_prev: FormState, form: FormData): Promise<FormState> {
  return seatAction(form, reinstateMember);
}

export async function setDomainsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const id = orgId.safeParse(form.get("organizationId"));
  if (!id.success) return { ok: false, message: "Unknown organisation." };
  const r = await setAllowedDomains(id.data, form.get("domains") ?? "", await currentViewer());
  revalidatePath(`/account/organization/${id.data}`);
  return r;
}
