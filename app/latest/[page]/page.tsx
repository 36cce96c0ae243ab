import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article/ArticleList";
import { Pagination } from "@/components/ui/Pagination";
import { latestArticles } from "@/lib/articles/queries";

// Rendered per request, so its scripts carry this response's nonce (or the
// front's placeholder); the front keeps the anonymous copy (lib/proxy/front-cache.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ page: string }> }) {
  return { title: `Latest headlines, page ${(await params).page}` };
}

export default async function LatestPage({ params }: { params: Promise<{ page: string }> }) {
  const page = Number((await params).page);
  if (!Number.isInteger(page) || page < 1 || page > 100_000) notFound();
  const result = await latestArticles({ page });
  if (page > result.pages) notFound();
  return (
    <section>
      <h1 className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">Latest headlines</h1>
      <ArticleList items={result.items} />
      <Pagination page={page} pages={result.pages} href={(n) => (n === 1 ? "/" : `/latest/${n}`)} />
    </section>
  );
}
