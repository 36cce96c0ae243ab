import Link from "next/link";
import type { SearchHit } from "@/lib/search/search";
import { formatDate } from "@/lib/site";
import { Snippet } from "./Snippet";

export function SearchResults({ items }: { items: SearchHit[] }) {
  return (
    <ol className="divide-y divide-neutral-200" aria-label="Search results">
      {items.map((h) => (
        <li key={h.key} className="py-4" data-result={h.kind === "article" ? h.publicId : `document:${h.key.slice(2)}`}>
          <article>
            <p className="text-xs font-bold uppercase tracking-wide text-brand">{h.kind === "article" ? "Article" : h.typeLabel}</p>
            <h2 className="font-serif text-xl font-bold leading-snug">
              <Link href={h.href} className="hover:text-brand hover:underline">
                {h.title}
              </Link>
            </h2>
            <p className="mt-1 text-xs uppercase tracking-wide text-muted">
              <time dateTime={h.date}>{formatDate(h.date)}</time>
              {h.kind === "document" && (
                <>
                  {" "}
                  · {h.issuer}
                  {h.caseNumber && <> · {h.caseNumber}</>}
                </>
              )}
              {h.topics.length > 0 && <> · {h.topics.map((t) => t.name).join(", ")}</>}
              {h.kind === "article" && (
                <>
                  <span className="sr-only"> · Article ID</span> · {h.publicId}
                </>
              )}
            </p>
            <Snippet parts={h.snippet} />
          </article>
        </li>
      ))}
    </ol>
  );
}

/** Previous/next for a result list. */
export function ResultPages({ page, pages, href }: { page: number; pages: number; href: (n: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Result pages" className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link rel="prev" href={href(page - 1)} className="rounded border px-3 py-2 hover:bg-neutral-50">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link rel="next" href={href(page + 1)} className="rounded border px-3 py-2 hover:bg-neutral-50">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
