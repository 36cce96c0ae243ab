"use client";

// The desk at a glance: rendered first on the server, then refreshed from
// /api/newsroom/desk every 15 seconds without reloading the page. A failed
// refresh keeps the last figures and says when they are from.
import Link from "next/link";
import { useEffect, useState } from "react";
import type { Desk } from "@/lib/newsroom/desk";

const time = (iso: string) => new Date(iso).toLocaleTimeString("en-US", { timeZone: "America/New_York", hour: "numeric", minute: "2-digit" });
const dayTime = (iso: string) => new Date(iso).toLocaleString("en-US", { timeZone: "America/New_York", weekday: "short", hour: "numeric", minute: "2-digit" });

function Panel({ title, count, children }: { title: string; count?: number; children: React.ReactNode }) {
  const id = `desk-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded border border-neutral-200 p-3">
      <h3 id={id} className="text-xs font-bold uppercase tracking-wide text-muted">
        {title}
        {count !== undefined && <span className="ml-1 text-ink">({count})</span>}
      </h3>
      <div className="mt-2 text-sm">{children}</div>
    </section>
  );
}

export function DeskAtAGlance({ initial, everyMs = 15_000 }: { initial: Desk; everyMs?: number }) {
  const [desk, setDesk] = useState(initial);
  const [stale, setStale] = useState(false);
  useEffect(() => {
    const t = setInterval(async () => {
      try {
        const r = await fetch("/api/newsroom/desk", { cache: "no-store" });
        if (!r.ok) throw new Error(String(r.status));
        setDesk((await r.json()) as Desk);
        setStale(false);
      } catch {
        setStale(true);
      }
    }, everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  const e = desk.edition;
  return (
    <section aria-labelledby="desk" className="mb-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="desk" className="font-serif text-xl font-bold">
          The desk at a glance
        </h2>
        <p className="text-xs text-muted" aria-live="polite">
          {stale ? "Could not refresh; showing figures from " : "Updated "}
          {time(desk.at)} New York time
        </p>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Panel title="Published today" count={desk.published.length}>
          {desk.published.length ? (
            <ul className="space-y-1">
              {desk.published.map((a) => (
                <li key={a.id}>
                  <span className="text-muted">{time(a.at)}</span>{" "}
                  <Link href={`/newsroom/articles/${a.id}`} className="hover:underline">
                    {a.headline}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">Nothing published yet today.</p>
          )}
        </Panel>
        <Panel title="Scheduled" count={desk.scheduled.length}>
          {desk.scheduled.length ? (
            <ul className="space-y-1">
              {desk.scheduled.map((a) => (
                <li key={a.id}>
                  <span className="text-muted">{dayTime(a.at)}</span>{" "}
                  <Link href={`/newsroom/articles/${a.id}`} className="hover:underline">
                    {a.headline}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">Nothing scheduled.</p>
          )}
        </Panel>
        <Panel title="In review" count={desk.inReview.length}>
          {desk.inReview.length ? (
            <ul className="space-y-1">
              {desk.inReview.map((a) => (
                <li key={a.id}>
                  <Link href={`/newsroom/articles/${a.id}`} className="font-medium hover:underline">
                    {a.headline}
                  </Link>{" "}
                  <span className="text-muted">
                    by {a.writer}
                    {a.submittedAt ? `, ${dayTime(a.submittedAt)}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">No drafts waiting for review.</p>
          )}
        </Panel>
        <Panel title="Edition">
          {e ? (
            <p>
              <Link href="/newsroom/editions" className="hover:underline">
                {e.day}
              </Link>
              : {e.status.toLowerCase()}, {e.stories} {e.stories === 1 ? "story" : "stories"} · {e.sent} sent · {e.sending} sending · {e.pending} waiting
              {e.failed ? <strong className="text-red-800"> · {e.failed} failed</strong> : null}
            </p>
          ) : (
            <p className="text-muted">No edition built yet.</p>
          )}
        </Panel>
        <Panel title="Failed jobs (24 h)">
          {desk.failedJobs === null ? (
            <p className="text-muted">The job queue has not started yet.</p>
          ) : desk.failedJobs.length ? (
            <ul>
              {desk.failedJobs.map((j) => (
                <li key={j.name} className="text-red-800">
                  {j.name}: {j.count}, last at {time(j.lastAt)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">None.</p>
          )}
        </Panel>
        <Panel title="Open right now" count={desk.open.length}>
          {desk.open.length ? (
            <ul className="space-y-1">
              {desk.open.map((a) => (
                <li key={a.id}>
                  <Link href={`/newsroom/articles/${a.id}`} className="hover:underline">
                    {a.headline}
                  </Link>{" "}
                  <span className="text-muted">— {a.people.join(", ")}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">Nobody has a draft open.</p>
          )}
        </Panel>
      </div>
    </section>
  );
}
