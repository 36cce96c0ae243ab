import Link from "next/link";

export const metadata = { title: "Subscribe" };

export default function SubscribePage() {
  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Subscribe to Trade Law Daily</h1>
      <p className="mt-3 text-[15px] leading-relaxed">Individual plans and company site licences include every article in full, the daily headline email, the in-depth PDF edition and the source document library.</p>
      <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm">Online checkout is being set up. Until then, start a free preview or write to subscriptions@tradelawdaily.test for a site licence.</p>
      <p className="mt-6"><Link href="/sign-in" className="inline-block rounded bg-brand px-5 py-3 font-semibold text-white">Start a free preview</Link></p>
    </section>
  );
}
