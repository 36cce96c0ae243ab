// The licence page's seat-change entry: choose a number, then see what the
// next invoice will be before confirming (/account/organization/[id]/seats).
// A plain GET form: no client script.
export function SeatChange({ organizationId, seats }: { organizationId: string; seats: number }) {
  return (
    <section className="mt-8" aria-labelledby="seat-change">
      <h2 id="seat-change" className="font-serif text-xl font-bold">
        Change the number of seats
      </h2>
      <p className="text-sm text-muted">The change is prorated for the rest of this billing period; you see the amount before you confirm.</p>
      <form method="get" action={`/account/organization/${encodeURIComponent(organizationId)}/seats`} className="mt-2 flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-semibold">
          Seats
          <input
            name="seats"
            type="number"
            min={2}
            max={500}
            required
            defaultValue={seats}
            className="mt-1 w-28 rounded border border-neutral-400 px-3 py-2 font-normal"
          />
        </label>
        <button type="submit" className="rounded border border-neutral-400 px-4 py-2 text-sm font-semibold hover:bg-neutral-50">
          See the price
        </button>
      </form>
      <p className="mt-3 text-sm">
        <a href={`/account/organization/${encodeURIComponent(organizationId)}/billing`} className="text-brand underline">
          Renew by invoice instead of card
        </a>{" "}
        (net-30 terms, your PO number and VAT ID).
      </p>
    </section>
  );
}
