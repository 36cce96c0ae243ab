import { publishedEditions } from "@/lib/editions/queries";

export const metadata = { title: "PDF editions" };
// Rendered per request, so its scripts carry this response's nonce (or the
// front's placeholder); the front keeps the anonymous copy (lib/proxy/front-cache.ts).
export const dynamic = "force-dynamic";

export default async function EditionsPage() {
  const editions = await publishedEditions();
  return (
    <section className="mx-auto max-w-3xl" aria-labelledby="eds">
      <h1 id="eds" className="font-serif text-3xl font-bold">
        The in-depth PDF edition
      </h1>
      <p className="mt-2 text-[15px]">
        Every business day, all of the day&apos;s stories in full, with contents and cross-references. For subscribers and free-preview readers;{" "}
        <a href="/sign-in?callbackUrl=/editions" className="underline">
          sign in
        </a>{" "}
        or{" "}
        <a href="/subscribe" className="underline">
          subscribe
        </a>{" "}
        to download.
      </p>
      <ul className="mt-6 divide-y rounded border">
        {editions.map((e) => (
          <li key={e.day} className="flex items-center justify-between p-3">
            <span>
              {new Date(`${e.day}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })}
              <span className="block text-sm text-muted">
                {e._count.items} {e._count.items === 1 ? "story" : "stories"} · {e.pdfPages ?? "?"} pages
              </span>
            </span>
            <a href={`/editions/${e.day}/pdf`} className="rounded border border-neutral-500 px-3 py-1 text-sm font-semibold">
              PDF
            </a>
          </li>
        ))}
        {editions.length === 0 && <li className="p-4 text-muted">No editions yet. The first one appears on the next business day.</li>}
      </ul>
    </section>
  );
}
