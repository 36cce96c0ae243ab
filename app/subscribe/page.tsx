import Link from "next/link";
import { PlanForm } from "@/components/billing/PlanForm";
import { existingAccess } from "@/lib/billing/checkout";
import { PLANS } from "@/lib/billing/plans";
import { currentViewer } from "@/lib/access/current";

// Rendered per request, so its scripts carry this response's nonce (or the
// front's placeholder); the front keeps the anonymous copy (lib/proxy/front-cache.ts).
export const dynamic = "force-dynamic";

export const metadata = { title: "Subscribe", description: "Individual plans and company site licences for Trade Law Daily." };

const money = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 0 })}`;

export default async function SubscribePage() {
  // A reader who already reads everything through a subscription or a seat is
  // shown what they have, not a second checkout (the server refuses one too).
  const has = existingAccess(await currentViewer());
  if (has)
    return (
      <section className="max-w-3xl">
        <h1 className="font-serif text-3xl font-bold">You already have Trade Law Daily</h1>
        <p className="mt-3 text-[15px] leading-relaxed">
          You read every article in full, the daily headline email, the PDF edition and the source-document library through <strong>{has}</strong>. There is
          nothing more to buy.
        </p>
        <p className="mt-4">
          <Link href="/account" className="font-semibold text-brand underline">
            See your subscription and billing on your account page
          </Link>
        </p>
      </section>
    );
  return (
    <section>
      <h1 className="font-serif text-3xl font-bold">Subscribe to Trade Law Daily</h1>
      <p className="mt-2 max-w-3xl text-[15px] leading-relaxed">
        Every plan includes every article in full, the daily headline email, the in-depth PDF edition and the library of source documents: the court opinions,
        CBP rulings and agency notices behind the news.
      </p>
      <ul className="mt-8 grid gap-6 md:grid-cols-3">
        {PLANS.map((p) => (
          <li key={p.key} className="flex flex-col rounded-lg border border-neutral-300 p-5">
            <h2 className="font-serif text-xl font-bold">{p.name}</h2>
            <p className="mt-2 text-3xl font-bold">
              {money(p.unitAmount)}
              <span className="text-base font-normal text-muted">
                {" "}
                / {p.interval}
                {p.perSeat ? " per seat" : ""}
              </span>
            </p>
            <p className="mt-2 flex-1 text-sm text-neutral-700">{p.blurb}</p>
            <PlanForm plan={p.key} perSeat={p.perSeat} cta={p.perSeat ? "Buy a site licence" : `Choose ${p.interval === "month" ? "monthly" : "annual"}`} />
            {p.perSeat && (
              <Link href="/subscribe/invoice" className="mt-3 text-center text-sm font-semibold text-brand underline">
                Pay by invoice (net 30, PO number, VAT ID)
              </Link>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-6 text-sm text-muted">Payments are handled by Stripe. You can change plan, update your card or cancel at any time from your account.</p>
    </section>
  );
}
