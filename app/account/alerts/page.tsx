import { ActionForm } from "@/components/billing/ActionForm";
import { SignInPrompt } from "@/components/account/SignInPrompt";
import { alertsOf, MAX_ALERTS_PER_USER } from "@/lib/search/alerts";
import { searchHref } from "@/lib/search/params";
import { formatDate } from "@/lib/site";
import { currentViewer } from "@/lib/access/current";
import { deleteAlertAction, updateAlertAction } from "./actions";

export const metadata = { title: "Your alerts", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function AlertsPage() {
  const viewer = await currentViewer();
  if (!viewer.userId) {
    return <SignInPrompt title="Your alerts" why="Sign in with your email address to see and change your saved searches." returnTo="/account/alerts" />;
  }
  const alerts = await alertsOf(viewer.userId);
  return (
    <section className="mx-auto max-w-3xl" aria-labelledby="alerts-title">
      <p className="text-sm">
        <a href="/account" className="text-brand hover:underline">
          Your account
        </a>
      </p>
      <h1 id="alerts-title" className="font-serif text-3xl font-bold">
        Your alerts
      </h1>
      <p className="mt-2 text-[15px] text-neutral-800">
        Saved searches: we email you new articles and documents that match, as they appear or once a day. You can keep up to {MAX_ALERTS_PER_USER}. To add one,{" "}
        <a href="/search" className="text-brand underline">
          search
        </a>{" "}
        and choose “Save as alert”.
      </p>
      {alerts.length === 0 && <p className="mt-6 text-muted">You have no alerts yet.</p>}
      <ul className="mt-6 divide-y divide-neutral-200">
        {alerts.map((a) => {
          const filters = [
            a.filters.kind !== "all" && (a.filters.kind === "articles" ? "articles only" : "documents only"),
            a.filters.topic && `topic ${a.filters.topic}`,
            a.filters.type && `type ${a.filters.type.toLowerCase().replace(/_/g, " ")}`,
            a.filters.issuer && `issuer ${a.filters.issuer}`,
            a.filters.case && `case ${a.filters.case}`,
          ].filter(Boolean);
          const href = searchHref({ q: a.query, truncated: false, sort: "relevance", page: 1, ...a.filters });
          return (
            <li key={a.id} className="py-4">
              <h2 className="font-serif text-lg font-bold">
                <a href={href} className="hover:underline">
                  {a.name}
                </a>
                {!a.active && <span className="ml-2 rounded bg-neutral-200 px-2 py-0.5 align-middle font-sans text-xs font-semibold uppercase">Paused</span>}
              </h2>
              <p className="text-sm text-muted">
                {a.query ? (
                  <>
                    Search: <code>{a.query}</code>
                  </>
                ) : (
                  "No search words"
                )}
                {filters.length > 0 && <> · {filters.join(", ")}</>} · saved {formatDate(a.createdAt)} · {a.sent} email{a.sent === 1 ? "" : "s"} sent
              </p>
              <div className="mt-2 flex flex-wrap items-start gap-3">
                <ActionForm action={updateAlertAction} hidden={{ alertId: a.id }} submit="Change" variant="secondary" className="flex items-center gap-2">
                  <label className="text-sm">
                    <span className="sr-only">How often for {a.name}</span>
                    <select name="frequency" defaultValue={a.frequency} className="rounded border border-neutral-400 px-2 py-1.5">
                      <option value="INSTANT">As soon as something matches</option>
                      <option value="DAILY">Once a day</option>
                    </select>
                  </label>
                </ActionForm>
                <ActionForm
                  action={updateAlertAction}
                  hidden={{ alertId: a.id, active: a.active ? "false" : "true" }}
                  submit={a.active ? "Pause" : "Resume"}
                  variant="secondary"
                />
                <ActionForm action={deleteAlertAction} hidden={{ alertId: a.id, intent: "delete" }} submit="Delete" variant="danger" />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
