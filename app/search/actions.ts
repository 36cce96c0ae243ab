"use server";

import { revalidatePath } from "next/cache";
import { saveAlert } from "@/lib/search/alerts";
import { currentViewer } from "@/lib/access/current";

export type AlertFormState = { ok?: boolean; message?: string };

/** Save the submitted search as an alert of the signed-in reader (validated, limited and rate-limited in lib/search/alerts.ts). */
export async function saveAlertAction(_prev: AlertFormState, form: FormData): Promise<AlertFormState> {
  const r = await saveAlert(await currentViewer(), form);
  if (r.ok) revalidatePath("/account/alerts");
  return r;
}
