import { ActionForm } from "@/components/billing/ActionForm";
import { requireAdmin } from "@/lib/auth/require";
import { listOrganizations, listSubscribers } from "@/lib/newsroom/subscribers";
import { formatDate } from "@/lib/site";
import { approveDomainAction, grantComplimentaryAction, setSeatsAction } from "./actions";

export const metadata = { title: "Subscribers" };

export default async function SubscribersPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requireAdmin("/newsroom/subscribers");
  const { q, page } = await searchParams;
  const [list, orgs] = await Promise.all([listSubscribers({ q, page: Number(page) || 1 }), listOrganizations()]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="subs">
        <h1 id="subs" className="font-serif text-2xl font-bold">
          Subscribers
        </h1>
        <form className="mt-3 flex gap-2" role="search">
          <label htmlFor="q" className="sr-only">
            Search by email
          </label>
          <input id="q" name="q" defaultValue={q} placeholder="Search by email" className="w-72 rounded border border-neutral-400 px-3 py-2" />
          <button className="rounded border border-neutral-400 px-4 py-2 text-sm font-semibold">Search</button>
        </form>
        <p className="mt-2 text-sm text-muted">{list.total} reader(s) with a subscription or seat.</p>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th className="py-2 pr-4">Email</th>
                <th className="pr-4">Plan</th>
                <th className="pr-4">Status</th>
                <th className="pr-4">Period end</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.key} className="border-b border-neutral-100">
                  <td className="py-2 pr-4">{r.email}</td>
                  <td className="pr-4">{r.plan}</td>
                  <td className="pr-4">
                    {r.status.toLowerCase().replace("_", " ")}
                    {r.cancelAtPeriodEnd ? " (cancels)" : ""}
                  </td>
                  <td className="pr-4">{r.periodEnd ? formatDate(r.periodEnd) : "—"}</td>
                  <td>{r.source}</td>
                </tr>
              ))}
              {list.rows.length === 0 && (
                <tr>
                  <td colSpan={5} className="py-4 text-muted">
                    No subscribers match.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="comp">
        <h2 id="comp" className="font-serif text-xl font-bold">
          Complimentary access
        </h2>
        <ActionForm
          action={grantComplimentaryAction}
          hidden={{ intent: "complimentary" }}
          submit="Grant access"
          className="mt-2 flex flex-wrap items-end gap-3"
        >
          <label className="flex flex-col text-sm font-semibold">
            Email
            <input name="email" type="email" required className="mt-1 w-64 rounded border border-neutral-400 px-3 py-2 font-normal" />
          </label>
          <label className="flex flex-col text-sm font-semibold">
            Until
            <input name="until" type="date" required className="mt-1 rounded border border-neutral-400 px-3 py-2 font-normal" />
          </label>
        </ActionForm>
      </section>
      <section aria-labelledby="orgs">
        <h2 id="orgs" className="font-serif text-xl font-bold">
          Organisations and seats
        </h2>
        <ul className="mt-2 divide-y rounded border">
          {orgs.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
              <span>
                <strong>{o.name}</strong> — {o.seatsUsed} of {o.seats} seats · {o.subscriptions[0]?.status.toLowerCase() ?? "no subscription"}
                {o.allowedDomains.length > 0 && <> · {o.allowedDomains.join(", ")}</>}
                {o.pendingDomains.map((d) => (
                  <span key={d} className="ml-2 inline-flex items-center gap-2">
                    · {d} <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">unverified</span>
                    <ActionForm
                      action={approveDomainAction}
                      hidden={{ organizationId: o.id, domain: d, intent: "approve-domain" }}
                      submit={`Approve ${d}`}
                      variant="secondary"
                    />
                  </span>
                ))}{" "}
                ·{" "}
                <a href={`/account/organization/${o.id}`} className="underline">
                  Members, domains and office IP ranges
                </a>
              </span>
              <ActionForm
                action={setSeatsAction}
                hidden={{ organizationId: o.id, intent: "seats" }}
                submit="Set seats"
                variant="secondary"
                className="flex items-end gap-2"
              >
                <label className="flex flex-col text-xs font-semibold">
                  Seats
                  <input
                    name="seats"
                    type="number"
                    min={1}
                    defaultValue={o.seats}
                    className="mt-1 w-20 rounded border border-neutral-400 px-2 py-1 font-normal"
                  />
                </label>
              </ActionForm>
            </li>
          ))}
          {orgs.length === 0 && <li className="p-3 text-sm text-muted">No site licences yet.</li>}
        </ul>
      </section>
    </div>
  );
}
