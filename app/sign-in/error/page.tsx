import { SignupForm } from "@/components/paywall/SignupForm";

export const metadata = { title: "Sign-in link not valid", robots: { index: false } };

const MESSAGES: Record<string, { title: string; text: string }> = {
  Verification: {
    title: "This sign-in link can no longer be used",
    text: "Sign-in links expire after a while, and this one can no longer be used. Enter your email to get a new one.",
  },
  AccessDenied: { title: "Sign-in was refused", text: "This account cannot sign in. Contact us if you think this is a mistake." },
};

export default async function SignInError({ searchParams }: { searchParams: Promise<{ error?: string; email?: string }> }) {
  const { error, email } = await searchParams;
  const m = (typeof error === "string" && Object.hasOwn(MESSAGES, error) ? MESSAGES[error] : null) ?? {
    title: "Something went wrong while signing you in",
    text: "Please request a new sign-in link.",
  };
  return (
    <section className="mx-auto max-w-md" aria-labelledby="err-title">
      <h1 id="err-title" className="font-serif text-3xl font-bold">
        {m.title}
      </h1>
      <p className="mt-2">{m.text}</p>
      <SignupForm returnTo="/account" cta="Email me a new link" email={typeof email === "string" ? email.slice(0, 254) : ""} />
      <p className="mt-6 text-sm">
        <a href="/" className="underline">
          Back to the latest headlines
        </a>
      </p>
    </section>
  );
}
