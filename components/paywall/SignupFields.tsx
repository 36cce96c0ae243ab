/**
 * The inside of the free-preview sign-up form, shared by the JavaScript form
 * (SignupForm, a server action) and the plain one (PlainSignupForm, a POST
 * that works with no JavaScript at all). Plain markup: no hooks.
 */
export function SignupFields({
  returnTo,
  label,
  cta,
  email = "",
  error,
  pending = false,
}: {
  returnTo: string;
  label: string;
  cta: string;
  email?: string;
  error?: string;
  pending?: boolean;
}) {
  return (
    <>
      <input type="hidden" name="returnTo" value={returnTo} />
      <label htmlFor="signup-email" className="block text-sm font-semibold">
        {label}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id="signup-email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "signup-error" : undefined}
          placeholder="name@company.com"
          className="min-w-0 flex-1 rounded border border-neutral-400 px-3 py-3 text-base"
        />
        <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? "Sending…" : cta}
        </button>
      </div>
      {error && (
        <p id="signup-error" role="alert" className="mt-2 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <p className="mt-2 text-xs text-muted">No card needed. We only use your address to sign you in and send the editions you choose.</p>
    </>
  );
}

export const SIGNUP_LABEL = "Email address";
export const SIGNUP_CTA = "Start free preview";
