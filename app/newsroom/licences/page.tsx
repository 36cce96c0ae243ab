import { requireAdminOrSharedReport } from "@/lib/auth/require";
import { formatDate } from "@/lib/site";
import { licenceOverview, type LicenceRow } from "@/lib/usage/licences";

export const metadata = { title: "Licences" };

const COLUMNS: { key: "name" | "seats" | "readsPerSeat" | "renewsAt" | "risk"; label: string }[] = [
  { key: "name", label: "Licence" },
  { key: "seats", label: "Seats used" },
  { key: "readsPerSeat", label: "Reads per seat, 30 days" },
  { key: "renewsAt", label: "Renews" },
  { key: "risk", label: "At risk" },
];

export default async function LicencesPage({ searchParams }: { searchParams: Promise<{ sort?: string; dir?: string; page?: string; q?: string }> }) {
  await requireAdminOrSharedReport("/newsroom/licences");
  const { sort, dir, page, q } = await searchParams;
  const o = await licenceOverview({ sort, dir, page, q });
  const find = o.q ? `&q=${encodeURIComponent(o.q)}` : "";
  const pageHref = (n: number) => `/newsroom/licences?sort=${o.sort}&dir=${o.dir}&page=${n}${find}`;
  const href = (key: string) =>
    `/newsroom/licences?sort=${key}&dir=${o.sort === key && o.dir === "desc" ? "asc" : "desc"}${o.q ? `&q=${encodeURIComponent(o.q)}` : ""}`;
  const cell = (r: LicenceRow, key: (typeof COLUMNS)[number]["key"]) => {
    switch (key) {
      case "name":
        return <strong>{r.name}</strong>;
      case "seats":
        return `${r.seatsUsed} of ${r.seats}`;
      case "readsPerSeat":
        return (
          <>
            {r.readsPerSeat.toLocaleString("en-US")}{" "}
            <span className="text-xs text-muted">
              ({r.reads30.toLocaleString("en-US")} reads; {r.readsPrev30.toLocaleString("en-US")} the 30 days before)
            </span>
          </>
        );
      case "renewsAt":
        return r.renewsAt ? `${formatDate(r.renewsAt)}${r.status ? ` · ${r.status.toLowerCase().replace("_", " ")}` : ""}` : "—";
      case "risk":
        return r.risk.length ? <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">At risk: {r.risk.join("; ")}</span> : "—";
    }
  };
  return (
    <section aria-labelledby="licences">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 id="licences" className="font-serif text-2xl font-bold">
          Licences
        </h1>
        <a href={`/newsroom/licences/csv?sort=${o.sort}&dir=${o.dir}`} className="font-semibold text-brand underline" download>
          Download CSV
        </a>
      </div>
      <p className="mt-1 text-sm text-muted">
        Every company licence with its seats, article reads per seat in the last 30 days, and renewal. &ldquo;At risk&rdquo;: reads down by 30% or more, fewer
        than half the seats used, no members, or payment overdue.
      </p>
      <form method="get" action="/newsroom/licences" role="search" className="mt-3 flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col font-semibold">
          Licence name
          <input name="q" defaultValue={o.q} className="mt-1 w-64 rounded border border-neutral-400 px-2 py-1 font-normal" />
        </label>
        <input type="hidden" name="sort" value={o.sort} />
        <input type="hidden" name="dir" value={o.dir} />
        <button type="submit" className="rounded border border-neutral-400 px-3 py-1 hover:bg-neutral-50">
          Find
        </button>
      </form>
      {o.rows.length === 0 ? (
        <p className="mt-6 text-[15px] text-muted">{o.q ? `No licence's name contains “${o.q}”.` : "No company licences yet."}</p>
      ) : (
        <div className="mt-4 overflow-x-auto rounded border">
          <table className="w-full text-sm">
            <thead className="bg-neutral-50">
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className="px-3 py-2 text-left font-semibold"
                    aria-sort={o.sort === c.key ? (o.dir === "asc" ? "ascending" : "descending") : undefined}
                  >
                    <a href={href(c.key)} className="hover:underline">
                      {c.label}
                      {o.sort === c.key ? (o.dir === "asc" ? " ▲" : " ▼") : ""}
                    </a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y">
              {o.rows.map((r) => (
                <tr key={r.id}>
                  {COLUMNS.map((c) => (
                    <td key={c.key} className="px-3 py-2 align-top tabular-nums">
                      {cell(r, c.key)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {o.pages > 1 && (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
          {o.page > 1 ? (
            <a rel="prev" href={pageHref(o.page - 1)} className="rounded border px-3 py-2 hover:bg-neutral-50">
              ← Previous
            </a>
          ) : (
            <span />
          )}
          <span className="text-muted">
            Page {o.page} of {o.pages} · {o.total} licences
          </span>
          {o.page < o.pages ? (
            <a rel="next" href={pageHref(o.page + 1)} className="rounded border px-3 py-2 hover:bg-neutral-50">
              Next →
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}
