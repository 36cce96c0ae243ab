"use server";

import { revalidatePath } from "next/cache";
import { asStaff } from "@/lib/newsroom/action";
import { approveJoinDomain, grantComplimentary, setSeats } from "@/lib/newsroom/subscribers";

type State = { ok?: boolean; message?: string };

export async function grantComplimentaryAction(_p: State, form: FormData) {
  return asStaff("admin", async (v) => {
    const r = await grantComplimentary(v.userId, { email: form.get("email"), until: form.get("until") });
    revalidatePath("/newsroom/subscribers");
    return r;
  });
}

export async function setSeatsAction(_p: State, form: FormData) {
  return asStaff("admin", async (v) => {
    const r = await setSeats(v.userId, String(form.get("organizationId") ?? ""), form.get("seats"));
    revalidatePath("/newsroom/subscribers");
    return r;
  });
}

export async function approveDomainAction(_p: State, form: FormData) {
  return asStaff("admin", async (v) => {
    const r = await approveJoinDomain(v.userId, String(form.get("organizationId") ?? ""), form.get("domain"));
    revalidatePath("/newsroom/subscribers");
    return r;
  });
}
