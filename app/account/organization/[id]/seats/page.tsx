import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/billing/ActionForm";
import { SeatChange } from "@/components/billing/SeatChange";
import { previewSeatChange, seatChangeInput } from "@/lib/billing/seat-change";
import { organizationForAdmin } from "@/lib/organizations";
import { formatDate } from "@/lib/site";
import { currentViewer } from "@/lib/access/current";
import { confirmSeatChangeAction } from "./actions";

export const metadata = { title: "Change seats", robots: { index: false } };
export const dynamic = "force-dynamic";

const money = (cents: number, currency: string) => new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);

export default async function SeatsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, q] = await Promise.all([params, searchParams]);
  const viewer = await currentViewer();
  const org = await organizationForAdmin(id, viewer);
  // Not an administrator of this licence: as if it did not exist.
  if (!org) notFound();
  const back = (
    <p className="mt-8">
      <Link href={`/account/organization/${org.id}`} className="text-brand underline">
        Back to {org.name}
      </Link>
    </p>
  );
  const done = typeof q.done === "string" ? q.done : null;
  if (done)
    return (
      <section className="mx-auto max-w-2xl" aria-labelledby="seats">
        <h1 id="seats" className="font-serif text-3xl font-bold">
          Seats changed
        </h1>
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-[15px]">
          {org.name} now has <strong>{org.seats} seats</strong>. The prorated difference is on your next invoice.
        </p>
        {back}
      </section>
    );
  const asked = typeof q.seats === "string" ? seatChangeInput.safeParse({ organizationId: org.id, seats: q.seats }) : null;
  const result = asked?.success ? await previewSeatChange(org.id, asked.data.seats, viewer) : null;
  if (result && !result.ok && result.notFound) notFound();
  const error = asked && !asked.success ? (asked.error.issues[0]?.message ?? "Please give a number of seats.") : result && !result.ok ? result.message : null;
  const p = result?.ok ? result.preview : null;
  return (
    <section className="mx-auto max-w-2xl" aria-labelledby="seats">
      <h1 id="seats" className="font-serif text-3xl font-bold">
        Change seats — {org.name}
      </h1>
      <p className="mt-2 text-[15px]">The licence has {org.seats} seats now.</p>
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      {p ? (
        <div className="mt-6 rounded border border-neutral-300 p-4" aria-labelledby="confirm-seats">
          <h2 id="confirm-seats" className="font-serif text-xl font-bold">
            From {p.currentSeats} to {p.seats} seats
          </h2>
          <dl className="mt-3 grid grid-cols-[1fr_max-content] gap-x-6 gap-y-2 text-[15px]">
            <dt>{p.proration < 0 ? "Credit for the rest of this period" : "Charge for the rest of this period"}</dt>
            <dd className="text-right">{money(Math.abs(p.proration), p.currency)}</dd>
            <dt className="font-semibold">Next invoice, {formatDate(p.nextInvoiceDate)}</dt>
            <dd className="text-right font-semibold" data-testid="next-invoice">
              {money(p.nextInvoiceTotal, p.currency)}
            </dd>
          </dl>
          <p className="mt-2 text-xs text-muted">
            The next invoice bills {p.seats} seats for the coming year plus the adjustment above{p.byInvoice ? ", with your usual 30-day terms" : ""}.
          </p>
          {p.seats < p.holding && (
            <p role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
              {p.holding} members hold a seat: the {p.holding - p.seats} most recently joined will lose licence access and be told by email.
            </p>
          )}
          <ActionForm
            action={confirmSeatChangeAction}
            hidden={{ organizationId: p.organizationId, seats: String(p.seats) }}
            submit={`Confirm ${p.seats} seats`}
            className="mt-4"
          />
        </div>
      ) : null}
      <SeatChange organizationId={org.id} seats={p?.seats ?? org.seats} />
      {back}
    </section>
  );
}
