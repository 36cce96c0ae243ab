"use server";

import { revalidatePath } from "next/cache";
import { setDailyEmail } from "@/lib/editions/preferences";
import { currentViewer } from "@/lib/access/current";

export async function setDailyEmailAction(_prev: { ok?: boolean; message?: string }, form: FormData) {
  const v = await currentViewer();
  if (!v.userId) return { ok: false, message: "Please sign in first." };
  const on = form.get("daily") === "on";
  await setDailyEmail(v.userId, on);
  revalidatePath("/account/email");
  return { ok: true, message: on ? "You will receive the daily headline email." : "The daily headline email is off." };
}
