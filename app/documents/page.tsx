import { DOCUMENT_TYPES, listDocuments } from "@/lib/documents/queries";
import { formatDate } from "@/lib/site";

export const metadata = {
  title: "Source documents",
  description: "Court opinions, CBP rulings, Federal Register notices and other primary sources behind Trade Law Daily's stories.",
};

type SP = Promise<Record<string, string | undefined>>;

export default async function DocumentsPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const { filter, rows, total, page, pages, issuers } = await listDocuments(sp);
  const field = "mt-1 rounded border border-neutral-400 px-2 py-1 font-normal";
  const qs = (n: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(sp).filter(([k, v]) => v && k !== "page")), page: String(n) } as Record<string, string>)}`;
  return (
    <section aria-labelledby="docs">
      <h1 id="docs" className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">
        Source documents
      </h1>
      <p className="mt-2 max-w-3xl text-[15px] text-neutral-800">
        The primary documents our stories cite: court opinions, agency and CBP rulings, Federal Register notices. Subscribers and preview readers can download
        every file.
      </p>
      <form role="search" aria-label="Filter documents" className="mt-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col font-semibold">
          Type
          <select name="type" defaultValue={filter.type ?? ""} className={field}>
            <option value="">All types</option>
            {Object.entries(DOCUMENT_TYPES).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col font-semibold">
          Issuer
          <select name="issuer" defaultValue={filter.issuer ?? ""} className={field}>
            <option value="">All courts and agencies</option>
            {issuers.map((i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col font-semibold">
          Case or docket number
          <input name="case" defaultValue={filter.case ?? ""} placeholder="e.g. 24-00025" className={field} />
        </label>
        <label className="flex flex-col font-semibold">
          Issued from
          <input type="date" name="from" defaultValue={sp.from ?? ""} className={field} />
        </label>
        <label className="flex flex-col font-semibold">
          to
          <input type="date" name="to" defaultValue={sp.to ?? ""} className={field} />
        </label>
        <button className="rounded bg-brand px-4 py-2 font-semibold text-white">Filter</button>
        <a href="/documents" className="py-2 underline">
          Clear
        </a>
      </form>
      <p className="mt-4 text-sm text-muted" role="status">
        {total} document{total === 1 ? "" : "s"}
      </p>
      <ul className="divide-y divide-neutral-200">
        {rows.map((d) => (
          <li key={d.id} className="py-4">
            <h2 className="font-serif text-lg font-bold">
              <a href={`/documents/${d.id}`} className="hover:underline">
                {d.title}
              </a>
            </h2>
            <p className="text-xs uppercase tracking-wide text-muted">
              {DOCUMENT_TYPES[d.type]} · {d.issuer}
              {d.caseNumber && <> · {d.caseNumber}</>} · {formatDate(`${d.dateIssued.toISOString().slice(0, 10)}T12:00:00Z`)}
            </p>
            {d.summary && <p className="mt-1 text-[15px]">{d.summary}</p>}
          </li>
        ))}
        {rows.length === 0 && <li className="py-6 text-muted">No documents match these filters.</li>}
      </ul>
      {pages > 1 && (
        <nav aria-label="Pagination" className="mt-4 flex justify-between text-sm">
          {page > 1 ? (
            <a href={qs(page - 1)} className="underline">
              ← Previous
            </a>
          ) : (
            <span />
          )}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <a href={qs(page + 1)} className="underline">
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
