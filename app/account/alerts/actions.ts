"use server";

import { revalidatePath } from "next/cache";
import { deleteAlert, updateAlert } from "@/lib/search/alerts";
import { currentViewer } from "@/lib/access/current";

export type AlertFormState = { ok?: boolean; message?: string };

// lib/search/alerts.ts validates the input and changes only alerts of the signed-in viewer.

export async function updateAlertAction(_prev: AlertFormState, form: FormData): Promise<AlertFormState> {
  const r = await updateAlert(await currentViewer(), form);
  if (r.ok) revalidatePath("/account/alerts");
  return r;
}

export async function deleteAlertAction(_prev: AlertFormState, form: FormData): Promise<AlertFormState> {
  const r = await deleteAlert(await currentViewer(), form);
  if (r.ok) revalidatePath("/account/alerts");
  return r;
}
