"use client";

import { useState } from "react";
import { findDocumentsAction } from "@/app/newsroom/articles/actions";

export type Doc = { id: string; title: string; caseNumber: string | null; issuer: string };

/** Search the source document library and attach documents to the story. */
export function DocumentPicker({ value, onChange }: { value: Doc[]; onChange: (docs: Doc[]) => void }) {
  const [q, setQ] = useState("");
  const [results, setResults] = useState<Doc[]>([]);
  const [busy, setBusy] = useState(false);
  async function search(term: string) {
    setQ(term);
    if (term.trim().length < 2) return setResults([]);
    setBusy(true);
    const r = await findDocumentsAction(term);
    setBusy(false);
    if (r.ok) setResults(r.results);
  }
  return (
    <fieldset className="rounded border border-neutral-300 p-3">
      <legend className="px-1 text-sm font-semibold">Source documents</legend>
      <ul className="space-y-1 text-sm">
        {value.map((d) => (
          <li key={d.id} className="flex items-center justify-between gap-2">
            <span>
              {d.title}
              {d.caseNumber && <span className="text-muted"> · {d.caseNumber}</span>}
            </span>
            <button type="button" onClick={() => onChange(value.filter((x) => x.id !== d.id))} className="text-xs text-red-800 underline">
              Remove
            </button>
          </li>
        ))}
        {value.length === 0 && <li className="text-muted">None attached.</li>}
      </ul>
      <label htmlFor="doc-search" className="mt-3 block text-xs font-semibold">
        Search the library by title, case number or issuer
      </label>
      <input
        id="doc-search"
        value={q}
        onChange={(e) => void search(e.target.value)}
        className="mt-1 w-full rounded border border-neutral-400 px-2 py-1 text-sm"
        placeholder="e.g. 24-00025"
      />
      {busy && <p className="text-xs text-muted">Searching…</p>}
      <ul className="mt-1 space-y-1 text-sm" aria-label="Documents found">
        {results
          .filter((r) => !value.some((v) => v.id === r.id))
          .map((r) => (
            <li key={r.id}>
              <button type="button" onClick={() => onChange([...value, r])} className="text-left underline">
                Attach: {r.title}
                {r.caseNumber ? ` (${r.caseNumber})` : ""}
              </button>
            </li>
          ))}
      </ul>
    </fieldset>
  );
}
