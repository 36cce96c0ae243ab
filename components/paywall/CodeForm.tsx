/** Where the one-time code form posts (app/api/sign-in/code/route.ts). */
export const SIGN_IN_CODE_ACTION = "/api/sign-in/code";

/**
 * The 6-digit code from the sign-in email, typed where the reader asked for
 * it: a plain POST that works without JavaScript (on /sign-in after asking,
 * and on /sign-in/check-email). Plain markup: no hooks.
 */
export function CodeForm({ error }: { error?: string }) {
  return (
    <form method="post" action={SIGN_IN_CODE_ACTION} className="mt-4" noValidate>
      <label htmlFor="sign-in-code" className="block text-sm font-semibold">
        Or type the 6-digit code from the email
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="sign-in-code"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "sign-in-code-error" : undefined}
          placeholder="123 456"
          className="w-36 rounded border border-neutral-400 px-3 py-3 font-mono text-lg tracking-widest"
        />
        <button type="submit" className="rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark">
          Sign in
        </button>
      </div>
      {error && (
        <p id="sign-in-code-error" role="alert" className="mt-2 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
