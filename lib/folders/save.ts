// Saving an article or source document to a folder, and who may: a signed-in
// reader who may read the thing in full now, by the same decision as reading
// it (lib/access: `access()` for an article, `canReadLibrary()` for a
// document). No second rule lives here.
import { access, canReadLibrary, canSee, type Viewer } from "../access/index.ts";
import { articlePath } from "../articles/read.ts";
import { folderName, itemRef, note as noteInput, rowId, saveForm, type SaveRefusal } from "./input.ts";
import { addItem, articleToSave, documentToSave, findOrCreateFolder, ownFolder, type FolderOption } from "./repository.ts";

export type SaveResult =
  | { ok: true; folder: FolderOption; duplicate: boolean; returnTo: string }
  | { ok: false; reason: SaveRefusal; returnTo: string | null; note: string; folderName: string };

type Target = { item: { articleId: string } | { documentId: string }; returnTo: string };

/** The thing to save, if it exists and the viewer may read it in full; the page to go back to either way. */
export async function savableFor(viewer: Viewer, raw: { kind: string; id: string }, now = new Date()): Promise<Target | "no-access" | null> {
  const ref = itemRef.safeParse(raw);
  if (!ref.success) return null;
  if (ref.data.kind === "article") {
    const a = await articleToSave(ref.data.id);
    if (!a || !a.publicId || !canSee(a, viewer, now)) return null;
    if (access(a, viewer, now) !== "full") return "no-access";
    return { item: { articleId: a.id }, returnTo: articlePath({ publicId: a.publicId, slug: a.slug }) };
  }
  const d = await documentToSave(ref.data.id);
  if (!d) return null;
  if (!canReadLibrary(viewer, now)) return "no-access";
  return { item: { documentId: d.id }, returnTo: `/documents/${d.id}` };
}

/** May this viewer save things from the page they are reading? (The page shows the form only then.) */
export function maySave(viewer: Viewer, readsInFull: boolean): boolean {
  return readsInFull && viewer.userId !== null;
}

/**
 * The form's post: validate, check access, pick or create the folder, insert.
 * A typed name wins over the chosen folder (the reader typed it on purpose).
 */
export async function saveToFolder(viewer: Viewer, raw: unknown): Promise<SaveResult | null> {
  const form = saveForm.safeParse(raw);
  if (!form.success || !viewer.userId) return null;
  const f = form.data;
  const typedNote = f.note ?? "";
  const typedName = f.folderName ?? "";
  const target = await savableFor(viewer, { kind: f.kind, id: f.id });
  if (target === null) return null;
  const refuse = (reason: SaveRefusal): SaveResult => ({
    ok: false,
    reason,
    returnTo: target === "no-access" ? null : target.returnTo,
    note: typedNote,
    folderName: typedName,
  });
  if (target === "no-access") return refuse("no-access");
  const n = noteInput.safeParse(typedNote);
  if (!n.success) return refuse("bad-note");
  let folder: FolderOption | null;
  if (typedName.trim()) {
    const name = folderName.safeParse(typedName);
    if (!name.success) return refuse("bad-name");
    folder = await findOrCreateFolder(viewer.userId, name.data);
  } else if (f.folderId) {
    const id = rowId.safeParse(f.folderId);
    folder = id.success ? await ownFolder(viewer.userId, id.data) : null;
    if (!folder) return refuse("not-found");
  } else return refuse("no-folder");
  const saved = await addItem({ id: folder.id, name: folder.name }, target.item, n.data);
  return { ok: true, ...saved, returnTo: target.returnTo };
}
