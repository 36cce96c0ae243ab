import { isSsoRefusal, SSO_REFUSALS } from "@/lib/sso/refusals";

export const metadata = { title: "Company sign-in refused", robots: { index: false } };

export default async function SsoError({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const m = isSsoRefusal(reason)
    ? SSO_REFUSALS[reason]
    : { title: "Something went wrong while signing you in", text: "Please start again from the sign-in page." };
  return (
    <section className="mx-auto max-w-md" aria-labelledby="err-title">
      <h1 id="err-title" className="font-serif text-3xl font-bold">
        {m.title}
      </h1>
      <p className="mt-2">{m.text}</p>
      <p className="mt-6">
        <a href="/sign-in" className="inline-block rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
          Back to sign-in
        </a>
      </p>
      <p className="mt-6 text-sm">
        <a href="/" className="underline">
          Back to the latest headlines
        </a>
      </p>
    </section>
  );
}
