"use client";

import { useActionState } from "react";
import { requestSignInLink, type SignInState } from "@/app/sign-in/actions";
import { CodeForm } from "./CodeForm";
import { SIGNUP_CTA, SIGNUP_LABEL, SignupFields } from "./SignupFields";

const idle: SignInState = { status: "idle" };

/**
 * Email field that requests a magic link, for App Router pages (a server
 * action; works without JavaScript too, by progressive enhancement).
 * `initialError`: an error to show on arrival, e.g. from the plain form of a
 * zero-JS page (app/api/preview-signup/route.ts sends it to /sign-in).
 * `email`: the address to fill in (e.g. the one an expired link was for).
 * Once sent, the same place takes the one-time code from the email.
 */
export function SignupForm({
  returnTo,
  label = SIGNUP_LABEL,
  cta = SIGNUP_CTA,
  initialError,
  email = "",
}: {
  returnTo: string;
  label?: string;
  cta?: string;
  initialError?: { message: string; email: string };
  email?: string;
}) {
  const [state, action, pending] = useActionState(requestSignInLink, initialError ? ({ status: "error", ...initialError } as const) : idle);
  if (state.status === "sent") {
    return (
      <div role="status" className="mt-4 rounded border border-green-700/30 bg-green-50 p-4 text-[15px]">
        <p className="font-semibold">Check your inbox.</p>
        <p className="mt-1">
          We sent a sign-in link and a 6-digit code to <strong>{state.email}</strong>. Open the link, or type the code here if the email is on another device.
          Both work once and expire soon.
        </p>
        <CodeForm />
      </div>
    );
  }
  return (
    <form action={action} className="mt-4" noValidate>
      <SignupFields
        returnTo={returnTo}
        label={label}
        cta={cta}
        email={state.status === "error" ? state.email : email}
        error={state.status === "error" ? state.message : undefined}
        pending={pending}
      />
    </form>
  );
}
