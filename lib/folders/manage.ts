// The folder page's changes (server actions in app/account/folders/actions.ts):
// create, rename, delete a folder; change an item's note; remove an item. Each
// validates its form with zod and changes only the signed-in viewer's own rows
// (someone else's folder or item is "not found", never touched).
import "server-only";
import { z } from "zod";
import type { Viewer } from "../access/index.ts";
import { folderName, note, rowId } from "./input.ts";
import { deleteFolder, findOrCreateFolder, removeItem, renameFolder, setItemNote } from "./repository.ts";

export type FolderFormState = { ok?: boolean; message?: string; folderId?: string };

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};
const firstIssue = (e: z.ZodError) => e.issues[0]?.message ?? "Check what you typed.";
const SIGN_IN: FolderFormState = { ok: false, message: "Please sign in again." };
const GONE: FolderFormState = { ok: false, message: "That folder is not one of yours, or it was deleted." };

export async function createFolder(viewer: Viewer, form: FormData): Promise<FolderFormState> {
  if (!viewer.userId) return SIGN_IN;
  const name = folderName.safeParse(field(form, "name"));
  if (!name.success) return { ok: false, message: firstIssue(name.error) };
  const f = await findOrCreateFolder(viewer.userId, name.data);
  return f.created ? { ok: true, message: `Created “${f.name}”.`, folderId: f.id } : { ok: false, message: `You already have a folder named “${f.name}”.` };
}

export async function renameFolderFrom(viewer: Viewer, form: FormData): Promise<FolderFormState> {
  if (!viewer.userId) return SIGN_IN;
  const id = rowId.safeParse(field(form, "folderId"));
  const name = folderName.safeParse(field(form, "name"));
  if (!id.success) return GONE;
  if (!name.success) return { ok: false, message: firstIssue(name.error) };
  const r = await renameFolder(viewer.userId, id.data, name.data);
  if (r === "taken") return { ok: false, message: `You already have a folder named “${name.data}”.` };
  return r === "renamed" ? { ok: true, message: `Renamed to “${name.data}”.` } : GONE;
}

export async function deleteFolderFrom(viewer: Viewer, form: FormData): Promise<FolderFormState> {
  if (!viewer.userId) return SIGN_IN;
  const id = rowId.safeParse(field(form, "folderId"));
  if (!id.success || !(await deleteFolder(viewer.userId, id.data))) return GONE;
  return { ok: true, message: "Folder deleted." };
}

export async function setNoteFrom(viewer: Viewer, form: FormData): Promise<FolderFormState> {
  if (!viewer.userId) return SIGN_IN;
  const id = rowId.safeParse(field(form, "itemId"));
  const n = note.safeParse(field(form, "note"));
  if (!n.success) return { ok: false, message: firstIssue(n.error) };
  if (!id.success || !(await setItemNote(viewer.userId, id.data, n.data))) return { ok: false, message: "That item is no longer in this folder." };
  return { ok: true, message: n.data ? "Note saved." : "Note removed." };
}

export async function removeItemFrom(viewer: Viewer, form: FormData): Promise<FolderFormState> {
  if (!viewer.userId) return SIGN_IN;
  const id = rowId.safeParse(field(form, "itemId"));
  if (!id.success || !(await removeItem(viewer.userId, id.data))) return { ok: false, message: "That item is no longer in this folder." };
  return { ok: true, message: "Removed from the folder." };
}
