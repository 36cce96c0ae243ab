import { alertForToken } from "@/lib/search/unsubscribe";

export const metadata = { title: "Stop an alert", robots: { index: false } };
export const dynamic = "force-dynamic";

type SP = Promise<Record<string, string | string[] | undefined>>;

/** The page an alert email's "Stop this alert" link opens; works without signing in. */
export default async function StopAlertPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const token = typeof sp.token === "string" ? sp.token : "";
  const box = "mx-auto max-w-xl";
  if (sp.stopped) {
    return (
      <section className={box}>
        <h1 className="font-serif text-3xl font-bold">Alert stopped</h1>
        <p className="mt-3" role="status">
          You will get no more emails for this alert. You can resume or delete it under{" "}
          <a href="/account/alerts" className="text-brand underline">
            your alerts
          </a>
          .
        </p>
      </section>
    );
  }
  const alert = token ? await alertForToken(token).catch(() => null) : null;
  if (!alert || sp.invalid) {
    return (
      <section className={box}>
        <h1 className="font-serif text-3xl font-bold">This link does not work</h1>
        <p className="mt-3">
          It may be incomplete, or the alert was deleted. Sign in to manage{" "}
          <a href="/account/alerts" className="text-brand underline">
            your alerts
          </a>
          .
        </p>
      </section>
    );
  }
  return (
    <section className={box}>
      <h1 className="font-serif text-3xl font-bold">Stop the alert “{alert.name}”?</h1>
      {alert.active ? (
        <form method="post" action={`/alerts/unsubscribe?token=${encodeURIComponent(token)}`} className="mt-4">
          <input type="hidden" name="from" value="page" />
          <p>You will get no more emails for this saved search. Your other alerts are not affected.</p>
          <button type="submit" className="mt-4 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
            Stop this alert
          </button>
        </form>
      ) : (
        <p className="mt-3" role="status">
          This alert is already stopped. You can resume it under{" "}
          <a href="/account/alerts" className="text-brand underline">
            your alerts
          </a>
          .
        </p>
      )}
    </section>
  );
}
