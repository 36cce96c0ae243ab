import { SignupForm } from "@/components/paywall/SignupForm";

/** What an account page shows a visitor who is not signed in. */
export function SignInPrompt({ title, why, returnTo }: { title: string; why: string; returnTo: string }) {
  return (
    <section className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      <p className="mt-2">{why}</p>
      <SignupForm returnTo={returnTo} cta="Email me a sign-in link" />
    </section>
  );
}
