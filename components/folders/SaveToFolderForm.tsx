import type { ComponentType, ReactNode } from "react";
import type { SaveFormProps } from "@/lib/folders/form";
import { FOLDER_NAME_MAX, NOTE_MAX } from "@/lib/folders/input";

/** Where the plain form posts (app/api/folders/save/route.ts). */
export const SAVE_TO_FOLDER_ACTION = "/api/folders/save";

/**
 * "Save to folder" (decision 30): a plain form that works without JavaScript
 * (the article page ships none). An existing folder can be chosen, or a name
 * typed: an existing folder's name or a new one. In the front's shared full
 * render nobody's folders are known, so only the name is asked for.
 */
export type FormElementProps = { action: string; className: string; children: ReactNode };

/** The plain form: a POST and a 303 back to the page. */
function PlainForm({ action, className, children }: FormElementProps) {
  return (
    <form method="post" action={action} className={className}>
      {children}
    </form>
  );
}

/**
 * `FormElement` lets an App Router page (which ships JavaScript) make saving
 * instant (components/folders/InstantSaveForm.tsx); the zero-JS article page
 * keeps the plain form and never imports client code.
 */
export function SaveToFolderForm({ form, FormElement = PlainForm }: { form: SaveFormProps | null; FormElement?: ComponentType<FormElementProps> }) {
  if (!form) return null;
  const { kind, id, folders, saved, error } = form;
  const hasFolders = folders !== null && folders.length > 0;
  return (
    <section
      id="save-to-folder"
      aria-labelledby="save-to-folder-title"
      className="mx-auto mt-10 max-w-3xl rounded-lg border border-neutral-300 bg-neutral-50 p-5"
    >
      <h2 id="save-to-folder-title" className="font-serif text-xl font-bold">
        Save to folder
      </h2>
      {saved && (
        <p role="status" className="mt-2 rounded border border-green-300 bg-green-50 p-3 text-sm">
          {saved.duplicate ? "Already saved in " : "Saved to "}
          <a href={`/account/folders/${saved.folder.id}`} className="font-semibold text-brand underline">
            {saved.folder.name}
          </a>
          {saved.duplicate ? " (your new note, if any, was kept)." : "."}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-3 text-sm">
          {error.message}
        </p>
      )}
      <FormElement action={SAVE_TO_FOLDER_ACTION} className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        {hasFolders && (
          <div className="grid gap-1">
            <label htmlFor="save-to-folder-choice" className="font-semibold">
              Folder
            </label>
            <select
              id="save-to-folder-choice"
              name="folderId"
              className="rounded border border-neutral-400 bg-white px-2 py-2"
              defaultValue={saved?.folder.id ?? folders[0]!.id}
            >
              {folders.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="grid gap-1">
          <label htmlFor="save-to-folder-name" className="font-semibold">
            {hasFolders ? "Or a new folder" : "Folder name"}
          </label>
          <input
            id="save-to-folder-name"
            name="folderName"
            type="text"
            maxLength={FOLDER_NAME_MAX}
            required={!hasFolders}
            defaultValue={error?.folderName ?? ""}
            placeholder="A matter or client, e.g. Acme v. United States"
            aria-describedby={folders === null ? "save-to-folder-hint" : undefined}
            className="rounded border border-neutral-400 bg-white px-2 py-2"
          />
          {folders === null && (
            <span id="save-to-folder-hint" className="text-xs text-muted">
              One of your folders, or a new one.
            </span>
          )}
        </div>
        <div className="grid gap-1 sm:col-span-2">
          <label htmlFor="save-to-folder-note" className="font-semibold">
            Note (optional)
          </label>
          <textarea
            id="save-to-folder-note"
            name="note"
            rows={2}
            maxLength={NOTE_MAX}
            defaultValue={error?.note ?? ""}
            className="rounded border border-neutral-400 bg-white px-2 py-2"
          />
        </div>
        <p className="flex flex-wrap items-center gap-4 sm:col-span-2">
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            Save
          </button>
          <a href="/account/folders" className="underline">
            Your folders
          </a>
        </p>
      </FormElement>
    </section>
  );
}
