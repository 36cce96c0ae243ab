import { SignupForm } from "@/components/paywall/SignupForm";
import { inspectLink } from "@/lib/auth/sign-in-request";

// Per request: what a link is changes as it is used and expires.
export const dynamic = "force-dynamic";

export const metadata = { title: "Sign in", robots: { index: false } };

// Where the emailed link leads. Looking spends nothing (mail scanners fetch
// every link, with GET and HEAD, before the reader): the page names the
// account and only its "Continue" button, a plain form POST
// (app/api/sign-in/continue/route.ts), signs in. Naming the account lets a
// reader notice a link someone else sent them (login CSRF).
const GONE = {
  used: { title: "This sign-in link has already been used", text: "Each link signs in once. Get a new link below, or use the code from a newer email." },
  expired: { title: "This sign-in link has expired", text: "Sign-in links work for a short time. Get a new link below." },
  unknown: { title: "This sign-in link is not valid", text: "It may have been copied incompletely. Get a new link below." },
} as const;

export default async function ContinueSignIn({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const link = await inspectLink(typeof token === "string" ? token : undefined);
  if (link.state === "ready") {
    return (
      <section className="mx-auto max-w-md" aria-labelledby="continue-title">
        <h1 id="continue-title" className="font-serif text-3xl font-bold break-words">
          {`Sign in as ${link.email}?`}
        </h1>
        <p className="mt-2 text-[15px] text-neutral-800">
          You are signing in to Trade Law Daily as <strong className="break-words">{link.email}</strong>. If this is not your address, close this page: someone
          else sent you their link.
        </p>
        <form method="post" action="/api/sign-in/continue" className="mt-6">
          <input type="hidden" name="token" value={token as string} />
          <button type="submit" className="rounded bg-brand px-6 py-3 font-semibold text-white hover:bg-brand-dark">
            Continue
          </button>
        </form>
      </section>
    );
  }
  const m = GONE[link.state];
  return (
    <section className="mx-auto max-w-md" aria-labelledby="continue-title">
      <h1 id="continue-title" className="font-serif text-3xl font-bold">
        {m.title}
      </h1>
      <p className="mt-2">{m.text}</p>
      <SignupForm
        returnTo={link.state === "unknown" ? "/account" : link.callbackPath}
        email={link.state === "unknown" ? "" : link.email}
        cta="Email me a new link"
      />
      <p className="mt-6 text-sm">
        <a href="/" className="underline">
          Back to the latest headlines
        </a>
      </p>
    </section>
  );
}
