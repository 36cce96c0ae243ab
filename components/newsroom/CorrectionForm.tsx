"use client";

import { useId, useState } from "react";

const MIN = 10;
const MAX = 500;

/**
 * "Publish correction" on a published story (decision 34): a short public note,
 * published together with the editor's unsaved changes, if any. The server
 * checks the note again; a refused note leaves the note and the text as typed.
 */
export function CorrectionForm({ dirty, onPublish }: { dirty: boolean; onPublish: (note: string) => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const id = useId();
  const length = note.replace(/\s+/g, " ").trim().length;
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white" aria-expanded={false}>
        Publish correction…
      </button>
    );
  return (
    <fieldset className="w-full rounded border border-amber-500 bg-amber-50 p-3">
      <legend className="px-1 text-sm font-semibold">Publish a correction</legend>
      <label htmlFor={`${id}-note`} className="block text-sm font-semibold">
        Correction note (public: shown under the headline and on /corrections)
      </label>
      <textarea
        id={`${id}-note`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={MAX + 50}
        rows={3}
        aria-describedby={`${id}-hint`}
        className="mt-1 w-full rounded border border-neutral-400 px-3 py-2 text-sm"
        placeholder="An earlier version of this story misstated the margin for Hanwool; it is 4.2 percent, not 42 percent."
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        Plain text, {MIN}–{MAX} characters ({length} now).{" "}
        {dirty ? "Your unsaved changes to the story are published with it." : "The story's text stays as saved."}
      </p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const ok = await onPublish(note);
            setBusy(false);
            if (ok) setNote("");
          }}
          className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-50"
        >
          {busy ? "Publishing…" : "Publish correction"}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded border border-neutral-500 px-3 py-2 text-sm">
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
