"use server";

import { revalidatePath } from "next/cache";
import { asStaff } from "@/lib/newsroom/action";
import { updateDocumentMetadata } from "@/lib/newsroom/documents";

export async function updateDocumentAction(_prev: { ok?: boolean; message?: string }, form: FormData) {
  return asStaff("editor", async () => {
    const r = await updateDocumentMetadata(Object.fromEntries(form));
    revalidatePath("/newsroom/documents");
    revalidatePath(`/newsroom/documents/${String(form.get("id") ?? "")}`);
    return r;
  });
}
