import { subscriptionConfirmed } from "@/lib/billing/status";
import { currentViewer } from "@/lib/access/current";

export const metadata = { title: "Confirming your subscription", robots: { index: false } };
export const dynamic = "force-dynamic";

// Access is granted by our Stripe webhook, not by landing here: the page
// refreshes itself until the webhook has done its work, and then says so.
export default async function Success() {
  const viewer = await currentViewer();
  const done = viewer.userId ? await subscriptionConfirmed(viewer) : false;
  return (
    <section className="mx-auto max-w-xl" aria-live="polite">
      {done ? (
        <>
          <h1 className="font-serif text-3xl font-bold">You are subscribed</h1>
          <p className="mt-3">Thank you. Full access is on for {viewer.email}: every article, the daily email, the PDF edition and the document library.</p>
          <p className="mt-6 flex gap-4">
            <a href="/" className="rounded bg-brand px-5 py-3 font-semibold text-white">
              Read today&apos;s headlines
            </a>
            <a href="/account" className="rounded border px-5 py-3">
              Your account
            </a>
          </p>
        </>
      ) : (
        <>
          <meta httpEquiv="refresh" content="2" />
          <h1 className="font-serif text-3xl font-bold">Confirming your payment…</h1>
          <p className="mt-3">
            Stripe has taken your payment details; we are waiting for its confirmation. This page refreshes by itself and usually takes a few seconds.
          </p>
        </>
      )}
    </section>
  );
}
