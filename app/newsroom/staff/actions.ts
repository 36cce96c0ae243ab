"use server";

import { revalidatePath } from "next/cache";
import { asStaff } from "@/lib/newsroom/action";
import { setRole } from "@/lib/newsroom/staff";

export async function setRoleAction(_prev: { ok?: boolean; message?: string }, form: FormData) {
  return asStaff("admin", async (v) => {
    const r = await setRole(v.userId, form.get("email"), form.get("role"));
    revalidatePath("/newsroom/staff");
    return r;
  });
}
