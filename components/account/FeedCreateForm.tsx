"use client";

import { useActionState } from "react";
import type { FeedFormState } from "@/app/account/feeds/actions";

const FORMAT_LABELS = { rss: "RSS 2.0", atom: "Atom", json: "JSON Feed 1.1" } as const;

/**
 * Making a feed: what it follows, then its three addresses, shown once (only a
 * hash of the token is kept). Works without JavaScript too (the server action
 * answers with the page and this state).
 */
export function FeedCreateForm({
  action,
  topics,
  searches,
  folders,
}: {
  action: (prev: FeedFormState, form: FormData) => Promise<FeedFormState>;
  topics: { id: string; name: string }[];
  searches: { id: string; name: string }[];
  folders: { id: string; name: string }[];
}) {
  const [state, run, pending] = useActionState(action, {});
  return (
    <div className="mt-4">
      <form action={run} className="space-y-3 rounded border border-neutral-300 p-4">
        <fieldset>
          <legend className="font-semibold">What should the new feed follow?</legend>
          <label className="mt-2 flex items-center gap-2">
            <input type="radio" name="kind" value="all" defaultChecked /> All news
          </label>
          <label className="mt-2 flex flex-wrap items-center gap-2">
            <input type="radio" name="kind" value="topic" /> A topic:
            <select name="topicId" defaultValue="" aria-label="Topic for the feed" className="rounded border border-neutral-400 px-2 py-1.5">
              <option value="">Choose a topic</option>
              {topics.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <label className="mt-2 flex flex-wrap items-center gap-2">
            <input type="radio" name="kind" value="search" disabled={searches.length === 0} /> A saved search:
            {searches.length === 0 ? (
              <span className="text-sm text-muted">
                you have none yet (
                <a href="/search" className="underline">
                  search
                </a>{" "}
                and choose “Save as alert”)
              </span>
            ) : (
              <select name="searchId" defaultValue="" aria-label="Saved search for the feed" className="rounded border border-neutral-400 px-2 py-1.5">
                <option value="">Choose a saved search</option>
                {searches.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </label>
          <label className="mt-2 flex flex-wrap items-center gap-2">
            <input type="radio" name="kind" value="folder" disabled={folders.length === 0} /> A folder:
            {folders.length === 0 ? (
              <span className="text-sm text-muted">
                you have none yet (
                <a href="/account/folders" className="underline">
                  folders
                </a>
                )
              </span>
            ) : (
              <select name="folderId" defaultValue="" aria-label="Folder for the feed" className="rounded border border-neutral-400 px-2 py-1.5">
                <option value="">Choose a folder</option>
                {folders.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
              </select>
            )}
          </label>
        </fieldset>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {pending ? "Working…" : "Make feed"}
        </button>
      </form>
      {state.message && (
        <div
          role={state.ok ? "status" : "alert"}
          className={`mt-3 text-sm ${state.ok ? "rounded border border-green-700 bg-green-50 p-3" : "font-medium text-red-800"}`}
        >
          <p>{state.message}</p>
          {state.urls && (
            <ul className="mt-2 space-y-2">
              {(Object.keys(FORMAT_LABELS) as (keyof typeof FORMAT_LABELS)[]).map((f) => (
                <li key={f}>
                  <label className="block font-semibold" htmlFor={`feed-url-${f}`}>
                    {FORMAT_LABELS[f]}
                  </label>
                  <input
                    id={`feed-url-${f}`}
                    readOnly
                    value={state.urls![f]}
                    className="w-full rounded border border-neutral-400 px-2 py-1 font-mono text-xs"
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
