// What a reader may type into the folder forms, checked with zod before
// anything reaches the database, and the folding that makes a folder's name
// unique per reader ("Smith  Matter" and "smith matter" are one folder).
import { z } from "zod";

export const FOLDER_NAME_MAX = 80;
export const NOTE_MAX = 2000;

/** The name as shown: spaces collapsed and trimmed. */
export function tidyFolderName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

/** The name as compared: tidied and lower-cased. */
export function folderNameKey(name: string): string {
  return tidyFolderName(name).toLocaleLowerCase("en-US");
}

export const folderName = z
  .string({ error: "Give the folder a name." })
  .transform(tidyFolderName)
  .pipe(
    z
      .string()
      .min(1, "Give the folder a name.")
      .max(FOLDER_NAME_MAX, `A folder name can be at most ${FOLDER_NAME_MAX} characters.`)
      // Control characters would end up in CSV cells and PDF text.
      .regex(/^[^\p{Cc}]*$/u, "A folder name cannot contain control characters."),
  );

export const note = z
  .string()
  .max(NOTE_MAX, `A note can be at most ${NOTE_MAX} characters.`)
  .transform((s) => s.replace(/\r\n?/g, "\n").trim());

/** Folder and item ids are cuids: anything else is not looked up. */
export const rowId = z.string().regex(/^[a-z0-9]{10,40}$/i);

/** A saved thing: an article by its public ID, or a source document by its id. */
export const itemRef = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("article"), id: z.string().regex(/^\d{10}$/) }),
  z.object({ kind: z.literal("document"), id: rowId }),
]);
export type ItemRef = z.infer<typeof itemRef>;

/** The "Save to folder" form: an existing folder chosen, or a name typed (an existing folder's name or a new one). */
export const saveForm = z.object({
  kind: z.enum(["article", "document"]),
  id: z.string().max(40),
  folderId: z.string().max(40).optional(),
  folderName: z.string().max(400).optional(),
  note: z.string().max(20_000).optional(),
});

/** Where a save ended up, and why not: the codes travel in a URL, never message text. */
export type SaveRefusal = "no-folder" | "bad-name" | "bad-note" | "no-access" | "not-found";

export const SAVE_REFUSALS: Record<SaveRefusal, string> = {
  "no-folder": "Choose a folder or type a name for a new one.",
  "bad-name": `A folder name needs 1 to ${FOLDER_NAME_MAX} characters.`,
  "bad-note": `A note can be at most ${NOTE_MAX} characters.`,
  "no-access": "Only readers with full access can save this.",
  "not-found": "That folder is not one of yours.",
};
