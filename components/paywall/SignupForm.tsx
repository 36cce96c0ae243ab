"use client";

import { useActionState } from "react";
import { requestSignInLink, type SignInState } from "@/app/sign-in/actions";

const initial: SignInState = { status: "idle" };

/** Email field that requests a magic link; works without JavaScript too (server action). */
export function SignupForm({ returnTo, label = "Email address", cta = "Start free preview" }: { returnTo: string; label?: string; cta?: string }) {
  const [state, action, pending] = useActionState(requestSignInLink, initial);
  if (state.status === "sent") {
    return (
      <div role="status" className="mt-4 rounded border border-green-700/30 bg-green-50 p-4 text-[15px]">
        <p className="font-semibold">Check your inbox.</p>
        <p className="mt-1">We sent a sign-in link to <strong>{state.email}</strong>. It works once and expires soon. Open it on this device to come back to this article.</p>
      </div>
    );
  }
  return (
    <form action={action} className="mt-4" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <label htmlFor="signup-email" className="block text-sm font-semibold">{label}</label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id="signup-email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={state.status === "error" ? state.email : ""}
          aria-invalid={state.status === "error" ? true : undefined}
          aria-describedby={state.status === "error" ? "signup-error" : undefined}
          placeholder="name@company.com"
          className="min-w-0 flex-1 rounded border border-neutral-400 px-3 py-3 text-base"
        />
        <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? "Sending…" : cta}
        </button>
      </div>
      {state.status === "error" && (
        <p id="signup-error" role="alert" className="mt-2 text-sm font-medium text-red-800">{state.message}</p>
      )}
      <p className="mt-2 text-xs text-muted">No card needed. We only use your address to sign you in and send the editions you choose.</p>
    </form>
  );
}
