"use client";

import { useActionState, useState } from "react";
import type { RangesFormState } from "@/app/account/organization/[id]/range-actions";

/** The licence's office IP ranges, one a line; a refused save keeps what was typed and names each line's problem. */
export function OfficeRangesForm({
  action,
  organizationId,
  initial,
  canAllowBroad,
}: {
  action: (prev: RangesFormState, form: FormData) => Promise<RangesFormState>;
  organizationId: string;
  initial: string;
  canAllowBroad: boolean;
}) {
  const [state, run, pending] = useActionState(action, {});
  const [text, setText] = useState(initial);
  const problems = state.ok === false ? (state.problems ?? []) : [];
  return (
    <form action={run} className="mt-2 space-y-2" aria-describedby="ranges-help">
      <input type="hidden" name="organizationId" value={organizationId} />
      <label htmlFor="ranges" className="block text-sm font-semibold">
        Office IP ranges (one a line)
      </label>
      <p id="ranges-help" className="text-sm text-muted">
        Readers whose public address is in one of these ranges read in full without signing in. Write a range as 203.0.113.0/24 or 2001:db8:1200::/40, or one
        address. At most /16 for IPv4 and /32 for IPv6.
      </p>
      <textarea
        id="ranges"
        name="ranges"
        rows={Math.min(12, Math.max(4, text.split("\n").length + 1))}
        value={text}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
        aria-invalid={problems.length > 0}
        aria-errormessage={problems.length > 0 ? "ranges-problems" : undefined}
        className="block w-full max-w-md rounded border border-neutral-400 px-3 py-2 font-mono text-sm"
        placeholder={"203.0.113.0/24\n2001:db8:1200::/40"}
      />
      {canAllowBroad && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="allowBroad" /> Allow ranges broader than /16 (IPv4) or /32 (IPv6) — newsroom admins only
        </label>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "Saving…" : "Save ranges"}
      </button>
      {state.ok === true && state.message && (
        <p role="status" className="text-sm text-green-800">
          {state.message}
        </p>
      )}
      {state.ok === false && (
        <div id="ranges-problems" role="alert" className="text-sm font-medium text-red-800">
          {problems.length > 0 ? (
            <>
              <p>Nothing was saved. Please correct:</p>
              <ul className="mt-1 list-disc pl-5">
                {problems.map((p) => (
                  <li key={`${p.line}:${p.input}`}>{p.line ? `Line ${p.line} (${p.input}) ${p.message}.` : `${p.message}.`}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{state.message}</p>
          )}
        </div>
      )}
    </form>
  );
}
