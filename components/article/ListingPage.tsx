import { ArticleList } from "@/components/article/ArticleList";
import { Pagination } from "@/components/ui/Pagination";
import type { ArticleSummary } from "@/lib/articles/read";

/** A topic's or an author's page of headlines. */
export function ListingPage({
  name,
  description,
  items,
  page,
  pages,
  base,
}: {
  name: string;
  description: string | null;
  items: ArticleSummary[];
  page: number;
  pages: number;
  base: string;
}) {
  return (
    <section>
      <h1 className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">{name}</h1>
      {description && <p className="mt-2 max-w-2xl text-muted">{description}</p>}
      <ArticleList items={items} />
      <Pagination page={page} pages={pages} href={(n) => (n === 1 ? base : `${base}/page/${n}`)} />
    </section>
  );
}
