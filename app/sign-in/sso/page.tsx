// "Your company signs you in": the step between the sign-in form and the
// identity provider (lib/sso/route-for-email.ts says why it is a page). It
// goes on by itself (a meta refresh, no JavaScript needed) and offers a link.
import { notFound } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/magic-link";
import { ssoLicenceName } from "@/lib/sso/connections";

export const metadata = { title: "Sign in with your company", robots: { index: false } };
export const dynamic = "force-dynamic";

type Search = { org?: string | string[]; returnTo?: string | string[]; hint?: string | string[] };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

export default async function SsoContinue({ searchParams }: { searchParams: Promise<Search> }) {
  const q = await searchParams;
  const org = one(q.org);
  const name = await ssoLicenceName(org);
  if (!name) notFound();
  const start = `/api/sso/start?${new URLSearchParams({ org, returnTo: safeCallbackPath(one(q.returnTo)), hint: one(q.hint).slice(0, 254) })}`;
  return (
    <section className="mx-auto max-w-md" aria-labelledby="sso-title">
      <meta httpEquiv="refresh" content={`0;url=${start}`} />
      <h1 id="sso-title" className="font-serif text-3xl font-bold">
        Sign in with your company
      </h1>
      <p className="mt-2">
        Your address is covered by <strong>{name}</strong>&apos;s licence, which signs you in through your company&apos;s own sign-in page instead of an email
        link. Taking you there…
      </p>
      <p className="mt-6">
        <a href={start} className="inline-block rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
          Continue to {name}&apos;s sign-in
        </a>
      </p>
    </section>
  );
}
