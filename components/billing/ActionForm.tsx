"use client";

import { useActionState } from "react";

type State = { ok?: boolean; message?: string };

/** A small form bound to a server action that answers with a message. */
export function ActionForm({
  action,
  hidden,
  children,
  submit,
  className,
  variant = "primary",
}: {
  action: (prev: State, form: FormData) => Promise<State>;
  hidden?: Record<string, string>;
  children?: React.ReactNode;
  submit: string;
  className?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, run, pending] = useActionState(action, {});
  const styles = {
    primary: "bg-brand text-white hover:bg-brand-dark",
    secondary: "border border-neutral-400 hover:bg-neutral-50",
    danger: "border border-red-700 text-red-800 hover:bg-red-50",
  }[variant];
  return (
    <form action={run} className={className}>
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <button type="submit" disabled={pending} className={`rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${styles}`}>
        {pending ? "Working…" : submit}
      </button>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={`mt-2 text-sm ${state.ok ? "text-green-800" : "font-medium text-red-800"}`}>
          {state.message}
        </p>
      )}
    </form>
  );
}
