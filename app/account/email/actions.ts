"use server";

import { revalidatePath } from "next/cache";
import { setDailyEmail, setEmailTopics } from "@/lib/editions/preferences";
import { currentViewer } from "@/lib/access/current";

export async function setDailyEmailAction(_prev: { ok?: boolean; message?: string }, form: FormData) {
  const v = await currentViewer();
  if (!v.userId) return { ok: false, message: "Please sign in first." };
  const on = form.get("daily") === "on";
  await setDailyEmail(v.userId, on);
  const chosen = await setEmailTopics(
    v.userId,
    form.getAll("topic").filter((t): t is string => typeof t === "string"),
  );
  revalidatePath("/account/email");
  if (!on) return { ok: true, message: "The daily headline email is off." };
  return {
    ok: true,
    message: chosen.length
      ? `You will receive the daily headline email with the news of ${chosen.length} topic${chosen.length === 1 ? "" : "s"}; on days without such news, no email.`
      : "You will receive the daily headline email with all the day's news.",
  };
}
