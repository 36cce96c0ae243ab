import Link from "next/link";
import { notFound } from "next/navigation";
import { FiguresTable } from "@/components/usage/FiguresTable";
import { ReadsChart } from "@/components/usage/ReadsChart";
import { currentViewer } from "@/lib/access/current";
import { organizationForReport } from "@/lib/organizations";
import { formatDate } from "@/lib/site";
import { neighbours, usageReport } from "@/lib/usage/report";

export const metadata = { title: "Licence usage", robots: { index: false } };
export const dynamic = "force-dynamic";

const n = (v: number) => v.toLocaleString("en-US");

export default async function UsagePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ month?: string }> }) {
  const [{ id }, { month }] = await Promise.all([params, searchParams]);
  const org = await organizationForReport(id, await currentViewer());
  // Not an administrator of this licence: as if it did not exist (no enumeration).
  if (!org) notFound();
  const r = await usageReport(org.id, month);
  const { prev, next } = neighbours(r.range.month);
  const base = `/account/organization/${org.id}/usage`;
  return (
    <section className="mx-auto max-w-4xl" aria-labelledby="usage">
      <p className="text-sm">
        <Link href={`/account/organization/${org.id}`} className="text-brand underline">
          {org.name}
        </Link>{" "}
        › Usage
      </p>
      <h1 id="usage" className="mt-1 font-serif text-3xl font-bold">
        Usage in {r.range.label}
      </h1>
      <nav aria-label="Month" className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <Link href={`${base}?month=${prev}`} className="rounded border border-neutral-400 px-3 py-1 hover:bg-neutral-50">
          ← Previous month
        </Link>
        <form method="get" action={base} className="flex items-center gap-2">
          <label htmlFor="month" className="font-semibold">
            Month
          </label>
          <input id="month" name="month" type="month" defaultValue={r.range.month} className="rounded border border-neutral-400 px-2 py-1" />
          <button type="submit" className="rounded bg-brand px-3 py-1 font-semibold text-white hover:bg-brand-dark">
            Show
          </button>
        </form>
        <Link href={`${base}?month=${next}`} className="rounded border border-neutral-400 px-3 py-1 hover:bg-neutral-50">
          Next month →
        </Link>
        <a href={`${base}/csv?month=${r.range.month}`} className="ml-auto font-semibold text-brand underline" download>
          Download CSV
        </a>
      </nav>
      <p className="mt-3 text-sm text-muted">
        Article requests in COUNTER Release 5 terms: <strong>Total_Item_Requests</strong> counts every time an article was opened in full;{" "}
        <strong>Unique_Item_Requests</strong> counts each article once per reader per day. Bots, link previews and mail scanners are not counted.{" "}
        <strong>Feed reads</strong> are the articles a member&apos;s private full-text feed delivered in full, once per article per day (included in the figures
        above).
      </p>

      <dl className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {[
          ["Total_Item_Requests", r.totals.articleTotal],
          ["Unique_Item_Requests", r.totals.articleUnique],
          ["Document downloads", r.totals.documentDownloads],
          ["PDF edition downloads", r.totals.editionDownloads],
          ["Feed reads", r.totals.feedReads],
        ].map(([k, v]) => (
          <div key={k} className="rounded border p-3">
            <dt className="text-xs font-semibold break-words text-muted">{k}</dt>
            <dd className="text-2xl font-bold tabular-nums">{n(v as number)}</dd>
          </div>
        ))}
      </dl>

      <h2 className="mt-8 font-serif text-xl font-bold">Article requests per day</h2>
      <ReadsChart daily={r.daily} label={`Article requests per day in ${r.range.label}`} />

      <h2 className="mt-8 font-serif text-xl font-bold">By member</h2>
      {r.members.length === 0 ? (
        <p className="mt-2 text-[15px] text-muted">Nobody on this licence read anything in {r.range.label}.</p>
      ) : (
        <div className="mt-2 overflow-x-auto rounded border">
          <FiguresTable
            columns={["Member", "Total_Item_Requests", "Unique_Item_Requests", "Documents", "Editions", "Feed reads"]}
            rows={r.members.map((m) => ({
              key: m.readerKey,
              name: m.label,
              figures: [m.articleTotal, m.articleUnique, m.documentDownloads, m.editionDownloads, m.feedReads],
            }))}
          />
        </div>
      )}

      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <div>
          <h2 className="font-serif text-xl font-bold">By topic</h2>
          {r.topics.length === 0 ? (
            <p className="mt-2 text-[15px] text-muted">No article requests this month.</p>
          ) : (
            <FiguresTable
              className="mt-2"
              columns={["Topic", "Total", "Unique"]}
              rows={r.topics.map((t) => ({ key: t.topic, name: t.topic, figures: [t.total, t.unique] }))}
            />
          )}
        </div>
        <div>
          <h2 className="font-serif text-xl font-bold">Most read articles</h2>
          {r.topArticles.length === 0 ? (
            <p className="mt-2 text-[15px] text-muted">No article requests this month.</p>
          ) : (
            <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
              {r.topArticles.map((a) => (
                <li key={a.publicId}>
                  <Link href={`/articles/${a.publicId}`} className="text-brand underline">
                    {a.headline}
                  </Link>{" "}
                  <span className="text-muted">
                    — {n(a.total)} requests, {n(a.unique)} unique
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>

      <h2 className="mt-8 font-serif text-xl font-bold">Seats nobody used in 90 days</h2>
      {r.idle.length === 0 ? (
        <p className="mt-2 text-[15px] text-muted">Every member read something in the last 90 days.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">These members hold a seat but read nothing in 90 days; you could give their seats to colleagues.</p>
          <ul className="mt-2 divide-y rounded border text-sm">
            {r.idle.map((m) => (
              <li key={m.email} className="p-3">
                {m.email} <span className="text-muted">· member since {formatDate(m.joinedAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
