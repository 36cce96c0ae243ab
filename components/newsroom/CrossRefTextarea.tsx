"use client";

import { useRef, useState } from "react";
import { findReferencesAction } from "@/app/newsroom/articles/actions";

type Hit = { publicId: string; headline: string };

/**
 * A Markdown textarea that, after "(see ", offers published articles by
 * headline or ID and inserts the chosen ID with the closing parenthesis.
 */
export function CrossRefTextarea({
  id,
  label,
  value,
  onChange,
  rows,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  rows: number;
  hint?: string;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [hits, setHits] = useState<Hit[]>([]);
  const [partial, setPartial] = useState<{ start: number; end: number } | null>(null);

  async function lookFor(text: string, caret: number) {
    const before = text.slice(0, caret);
    const m = before.match(/\(see\s+([^()\n]{2,60})$/i);
    if (!m) {
      setHits([]);
      setPartial(null);
      return;
    }
    setPartial({ start: caret - m[1].length, end: caret });
    const r = await findReferencesAction(m[1]);
    if (r.ok) setHits(r.results);
  }

  function choose(h: Hit) {
    if (!partial) return;
    const next = `${value.slice(0, partial.start)}${h.publicId})${value.slice(partial.end)}`;
    onChange(next);
    setHits([]);
    setPartial(null);
    requestAnimationFrame(() => {
      const pos = partial.start + h.publicId.length + 1;
      ref.current?.focus();
      ref.current?.setSelectionRange(pos, pos);
    });
  }

  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && <p className="text-xs text-muted">{hint}</p>}
      <textarea
        ref={ref}
        id={id}
        value={value}
        rows={rows}
        onChange={(e) => {
          onChange(e.target.value);
          void lookFor(e.target.value, e.target.selectionStart);
        }}
        aria-autocomplete="list"
        aria-controls={`${id}-refs`}
        className="mt-1 w-full rounded border border-neutral-400 p-2 font-mono text-sm leading-relaxed"
      />
      {hits.length > 0 && (
        <ul
          id={`${id}-refs`}
          role="listbox"
          aria-label="Articles to cite"
          className="absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded border border-neutral-300 bg-white shadow-lg"
        >
          {hits.map((h) => (
            <li key={h.publicId} role="option" aria-selected={false}>
              <button type="button" onClick={() => choose(h)} className="w-full px-3 py-2 text-left text-sm hover:bg-neutral-100">
                <span className="font-mono">{h.publicId}</span> — {h.headline}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
