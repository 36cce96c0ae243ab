import { SignupForm } from "@/components/paywall/SignupForm";
import { safeCallbackPath } from "@/lib/auth/magic-link";

export const metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  let returnTo = "/account";
  try {
    returnTo = callbackUrl ? safeCallbackPath(callbackUrl.startsWith("/") ? callbackUrl : new URL(callbackUrl).pathname) : "/account";
  } catch {}
  return (
    <section className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-bold">Sign in or start a free preview</h1>
      <p className="mt-2 text-[15px] text-neutral-800">Enter your email address and we will send you a link that signs you in. New readers get full access for a free preview, no card needed.</p>
      <SignupForm returnTo={returnTo} cta="Email me a sign-in link" />
    </section>
  );
}
