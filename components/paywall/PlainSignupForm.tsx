import { SIGNUP_CTA, SIGNUP_LABEL, SignupFields } from "./SignupFields";

/** Where the plain form posts (app/api/preview-signup/route.ts). */
export const PREVIEW_SIGNUP_ACTION = "/api/preview-signup";

/**
 * The sign-up form of the zero-JS reader pages: a plain POST, answered with a
 * redirect to "check your email", or to /sign-in showing the error with the
 * typed address kept. The page itself is cached for everyone, so it never
 * shows a per-visitor state.
 */
export function PlainSignupForm({
  returnTo,
  label = SIGNUP_LABEL,
  cta = SIGNUP_CTA,
  email,
}: {
  returnTo: string;
  label?: string;
  cta?: string;
  email?: string;
}) {
  return (
    <form method="post" action={PREVIEW_SIGNUP_ACTION} className="mt-4" noValidate>
      <SignupFields returnTo={returnTo} label={label} cta={cta} email={email} />
    </form>
  );
}
