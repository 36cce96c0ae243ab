import type { ArticleSummary } from "@/lib/articles/read";
import { formatDate } from "@/lib/site";

export function ArticleList({ items, headingLevel = 2 }: { items: ArticleSummary[]; headingLevel?: 2 | 3 }) {
  if (!items.length) return <p className="text-muted">No stories here yet.</p>;
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="divide-y divide-neutral-200">
      {items.map((a) => (
        <li key={a.publicId} className="py-4">
          <article>
            <H className="font-serif text-xl font-bold leading-snug">
              <a href={a.path} className="hover:text-brand hover:underline">
                {a.headline}
              </a>
            </H>
            <p className="mt-1 text-xs uppercase tracking-wide text-muted">
              <time dateTime={a.publishedAt}>{formatDate(a.publishedAt)}</time>
              {a.topics.length > 0 && <> · {a.topics.map((t) => t.name).join(", ")}</>}
              <span className="sr-only"> · Article ID</span> · {a.publicId}
            </p>
            <p className="mt-2 line-clamp-3 text-[15px] leading-relaxed text-neutral-800">{a.teaserText}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
