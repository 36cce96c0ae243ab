"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FormElementProps } from "./SaveToFolderForm";

type Outcome = { ok: true; folder: { id: string; name: string }; duplicate: boolean } | { ok: false; error: string };

/**
 * The "Save to folder" form on App Router pages (document pages): with
 * JavaScript, saving is one request answered with JSON and shown in place, the
 * page's folder list is refreshed and the folder saved into becomes the choice,
 * the typed name and note are cleared; without it, the same form posts and
 * comes back with a 303 (the route handler answers both).
 */
export function InstantSaveForm({ action, className, children }: FormElementProps) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The folder just saved into, to be the choice once the refreshed list (a new folder included) arrives.
  const choose = useRef<string | null>(null);
  useEffect(() => {
    const select = formRef.current?.elements.namedItem("folderId");
    if (!choose.current || !(select instanceof HTMLSelectElement)) return;
    if ([...select.options].some((o) => o.value === choose.current)) {
      select.value = choose.current;
      choose.current = null;
    }
  });
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setPending(true);
    try {
      const r = await fetch(action, { method: "POST", body: new FormData(form), headers: { accept: "application/json" } });
      const answer = (await r.json()) as Outcome & { error?: string };
      setOutcome(answer.ok ? answer : { ok: false, error: answer.error ?? "The folder could not be saved. Try again." });
      if (answer.ok) {
        for (const field of ["folderName", "note"]) {
          const el = form.elements.namedItem(field);
          if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = "";
        }
        choose.current = answer.folder.id;
        router.refresh();
      }
    } catch {
      setOutcome({ ok: false, error: "The folder could not be saved (no connection?). Try again." });
    } finally {
      setPending(false);
    }
  }
  return (
    <form ref={formRef} method="post" action={action} className={className} onSubmit={onSubmit} aria-busy={pending}>
      {children}
      {outcome && (
        <p
          role={outcome.ok ? "status" : "alert"}
          className={`rounded border p-3 sm:col-span-2 ${outcome.ok ? "border-green-300 bg-green-50" : "border-red-300 bg-red-50"}`}
        >
          {outcome.ok ? (
            <>
              {outcome.duplicate ? "Already saved in " : "Saved to "}
              <a href={`/account/folders/${outcome.folder.id}`} className="font-semibold text-brand underline">
                {outcome.folder.name}
              </a>
              .
            </>
          ) : (
            outcome.error
          )}
        </p>
      )}
    </form>
  );
}
