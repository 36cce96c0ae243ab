// What the "Save to folder" form on an article or document page shows. The
// form is there only for a viewer who may read the page in full and could
// save (a signed-in reader), or for the front's shared full render, which is
// served only to such readers and so carries the form without their folders
// (nothing personal may be in that cached page, decision 12). After a save the
// reader comes back with ?saved=<folder id> (or ?save_error=<code>), which the
// front sends to the app for a personal render.
//
// No `server-only` import: the zero-JS article page calls this from
// getServerSideProps (decision 13).
import { SHARED_FULL_READER, type Viewer } from "../access/index.ts";
import { SAVE_REFUSALS, type SaveRefusal } from "./input.ts";
import { folderOptions, type FolderOption } from "./repository.ts";
import { maySave } from "./save.ts";

export type SaveFormProps = {
  kind: "article" | "document";
  id: string;
  /** The reader's folders, or null in the shared render (no person). */
  folders: FolderOption[] | null;
  saved: { folder: FolderOption; duplicate: boolean } | null;
  error: { message: string; note: string; folderName: string } | null;
};

/** The query parameters of the answer to a save: the only ones the article page reads. */
export const SAVE_QUERY = { saved: "saved", again: "again", error: "save_error", note: "note", folder: "folder" } as const;

type Query = Partial<Record<string, string | string[]>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function saveFormFor(viewer: Viewer, kind: "article" | "document", id: string, readsInFull: boolean, query: Query): Promise<SaveFormProps | null> {
  if (viewer === SHARED_FULL_READER) return { kind, id, folders: null, saved: null, error: null };
  if (!maySave(viewer, readsInFull)) return null;
  const folders = await folderOptions(viewer.userId!);
  const savedId = one(query[SAVE_QUERY.saved]);
  const savedFolder = savedId ? folders.find((f) => f.id === savedId) : undefined;
  const code = one(query[SAVE_QUERY.error]);
  const error =
    code in SAVE_REFUSALS
      ? {
          message: SAVE_REFUSALS[code as SaveRefusal],
          note: one(query[SAVE_QUERY.note]).slice(0, 20_000),
          folderName: one(query[SAVE_QUERY.folder]).slice(0, 400),
        }
      : null;
  return {
    kind,
    id,
    folders,
    saved: savedFolder ? { folder: savedFolder, duplicate: one(query[SAVE_QUERY.again]) === "1" } : null,
    error,
  };
}

/** Where the form's post sends the reader back to: the page, with the outcome in the query. */
export function afterSave(
  returnTo: string,
  outcome: { ok: true; folder: FolderOption; duplicate: boolean } | { ok: false; reason: SaveRefusal; note: string; folderName: string },
): string {
  const q = new URLSearchParams();
  if (outcome.ok) {
    q.set(SAVE_QUERY.saved, outcome.folder.id);
    if (outcome.duplicate) q.set(SAVE_QUERY.again, "1");
  } else {
    q.set(SAVE_QUERY.error, outcome.reason);
    // What the reader typed comes back to the form (bad input loses nothing); cut to what a URL carries.
    if (outcome.note) q.set(SAVE_QUERY.note, outcome.note.slice(0, 2000));
    if (outcome.folderName) q.set(SAVE_QUERY.folder, outcome.folderName.slice(0, 200));
  }
  return `${returnTo}?${q}#save-to-folder`;
}
