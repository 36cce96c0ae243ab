"use client";

import Link from "next/link";
import { useActionState } from "react";

type State = { ok?: boolean; message?: string };

/** Save the current search as an alert; the search travels in hidden fields and is validated again on the server. */
export function SaveAlertForm({ action, search }: { action: (prev: State, form: FormData) => Promise<State>; search: Record<string, string> }) {
  const [state, run, pending] = useActionState(action, {});
  return (
    <form action={run} className="mt-2 flex flex-wrap items-end gap-3 text-sm">
      <input type="hidden" name="intent" value="save-alert" />
      {Object.entries(search).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="flex flex-col font-semibold">
        Name (optional)
        <input name="name" maxLength={80} placeholder="e.g. Xinjiang sanctions" className="mt-1 rounded border border-neutral-400 px-2 py-1.5 font-normal" />
      </label>
      <label className="flex flex-col font-semibold">
        Email me
        <select name="frequency" defaultValue="DAILY" className="mt-1 rounded border border-neutral-400 px-2 py-1.5 font-normal">
          <option value="INSTANT">As soon as something matches</option>
          <option value="DAILY">Once a day, in a digest</option>
        </select>
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "Saving…" : "Save as alert"}
      </button>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={`w-full text-sm ${state.ok ? "text-green-800" : "font-medium text-red-800"}`}>
          {state.message}{" "}
          {state.ok && (
            <Link href="/account/alerts" className="underline">
              Manage your alerts
            </Link>
          )}
        </p>
      )}
    </form>
  );
}
