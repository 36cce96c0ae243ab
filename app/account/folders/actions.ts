"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/access/current";
import { createFolder, deleteFolderFrom, removeItemFrom, renameFolderFrom, setNoteFrom, type FolderFormState } from "@/lib/folders/manage";

// lib/folders/manage.ts validates each form and changes only the signed-in viewer's own folders.

export async function createFolderAction(_prev: FolderFormState, form: FormData): Promise<FolderFormState> {
  const r = await createFolder(await currentViewer(), form);
  if (r.ok && r.folderId) redirect(`/account/folders/${r.folderId}`);
  return r;
}

export async function renameFolderAction(_prev: FolderFormState, form: FormData): Promise<FolderFormState> {
  const r = await renameFolderFrom(await currentViewer(), form);
  if (r.ok) revalidatePath("/account/folders", "layout");
  return r;
}

export async function deleteFolderAction(_prev: FolderFormState, form: FormData): Promise<FolderFormState> {
  const r = await deleteFolderFrom(await currentViewer(), form);
  if (r.ok) redirect("/account/folders?deleted=1");
  return r;
}

export async function setNoteAction(_prev: FolderFormState, form: FormData): Promise<FolderFormState> {
  const r = await setNoteFrom(await currentViewer(), form);
  if (r.ok) revalidatePath("/account/folders", "layout");
  return r;
}

export async function removeItemAction(_prev: FolderFormState, form: FormData): Promise<FolderFormState> {
  const r = await removeItemFrom(await currentViewer(), form);
  if (r.ok) revalidatePath("/account/folders", "layout");
  return r;
}
