import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/Pagination";
import { correctionsLog } from "@/lib/articles/corrections";
import { correctionLabel } from "@/lib/articles/citation";

// The public corrections log (decision 34). Rendered per request: a correction
// shows here at once, and its scripts carry this response's nonce.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ page?: string[] }> };

export async function generateMetadata({ params }: Props) {
  const page = (await params).page;
  return {
    title: page ? `Corrections, page ${page[1] ?? ""}` : "Corrections",
    description: "Every correction Trade Law Daily has published, newest first.",
  };
}

export default async function CorrectionsPage({ params }: Props) {
  const log = await correctionsLog((await params).page);
  if (!log) notFound();
  return (
    <section aria-labelledby="corrections-title" className="max-w-3xl">
      {/* A path, not an address (decision 29); React puts it in <head>. */}
      <link rel="alternate" type="application/rss+xml" href="/corrections/feed.xml" title="Trade Law Daily: corrections" />
      <h1 id="corrections-title" className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">
        Corrections
      </h1>
      <p className="mt-2 text-muted">
        When we get something wrong, we correct the story and say so under its headline, and here. Newest first.{" "}
        <a href="/corrections/feed.xml" className="underline">
          RSS feed of corrections
        </a>
      </p>
      {log.items.length === 0 ? (
        <p className="mt-6 rounded border border-neutral-200 bg-neutral-50 p-4">No corrections have been published.</p>
      ) : (
        <ol className="mt-4 divide-y divide-neutral-200">
          {log.items.map((c) => (
            <li key={c.id} className="py-4">
              <p className="text-xs font-bold uppercase tracking-wide text-muted">
                <time dateTime={c.publishedAt}>{correctionLabel(c, c.article.publishedAt)}</time>
              </p>
              <h2 className="mt-1 font-serif text-lg font-bold leading-snug">
                <a href={c.article.path} className="hover:text-brand hover:underline">
                  {c.article.headline}
                </a>{" "}
                <span className="font-mono text-sm font-normal text-muted">
                  <span className="sr-only">Article ID </span>
                  {c.article.publicId}
                </span>
              </h2>
              <p className="mt-1 text-[15px] leading-relaxed">{c.note}</p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={log.page} pages={log.pages} href={(n) => (n === 1 ? "/corrections" : `/corrections/page/${n}`)} />
    </section>
  );
}
