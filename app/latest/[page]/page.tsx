import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article/ArticleList";
import { Pagination } from "@/components/ui/Pagination";
import { latestArticles } from "@/lib/articles/queries";

// Cached by Next (ISR), for signed-in readers too: every render of it carries the
// install's nonce placeholder, which the front turns into a fresh nonce per response
// (lib/proxy/csp.ts, docs/decisions/0010-security-headers.md).
export const revalidate = 60;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

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
