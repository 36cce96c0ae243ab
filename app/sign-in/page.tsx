import { z } from "zod";
import { SignupForm } from "@/components/paywall/SignupForm";
import { REFUSALS, refusalMessage, safeCallbackPath } from "@/lib/auth/magic-link";

export const metadata = { title: "Sign in", robots: { index: false } };

// `error`, `retry` and `email` come from the zero-JS sign-up form
// (app/api/preview-signup/route.ts): the reason no link was sent and the
// address as typed, shown here in the form so the reader can correct it.
// Only a known reason is shown, with our own wording.
const refusal = z.object({
  error: z.enum(REFUSALS),
  retry: z.coerce.number().int().min(1).max(86_400).optional().catch(undefined),
  email: z.string().max(254).catch(""),
});

type Search = { callbackUrl?: string; error?: string; retry?: string; email?: string };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const { callbackUrl } = params;
  let returnTo = "/account";
  try {
    returnTo = callbackUrl ? safeCallbackPath(callbackUrl.startsWith("/") ? callbackUrl : new URL(callbackUrl).pathname) : "/account";
  } catch {}
  const r = refusal.safeParse({ error: params.error, retry: params.retry, email: params.email ?? "" });
  const initialError = r.success ? { message: refusalMessage(r.data.error, r.data.retry), email: r.data.email } : undefined;
  return (
    <section className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-bold">Sign in or start a free preview</h1>
      <p className="mt-2 text-[15px] text-neutral-800">
        Enter your email address and we will send you a link and a code that sign you in. New readers get full access for a free preview, no card needed.
      </p>
      <SignupForm returnTo={returnTo} cta="Email me a sign-in link" initialError={initialError} />
    </section>
  );
}
