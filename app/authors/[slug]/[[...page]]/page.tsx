import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article/ArticleList";
import { Pagination } from "@/components/ui/Pagination";
import { authorBySlug, latestArticles } from "@/lib/articles/queries";
import { parsePageSegment } from "@/lib/paging";

// Rendered per request, so its scripts carry this response's nonce (or the
// front's placeholder); the front keeps the anonymous copy (lib/proxy/front-cache.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export async function generateMetadata({ params }: Props) {
  const a = await authorBySlug((await params).slug);
  return a ? { title: a.name, description: a.bio } : {};
}

export default async function AuthorPage({ params }: Props) {
  const { slug, page: seg } = await params;
  const page = parsePageSegment(seg);
  const author = page ? await authorBySlug(slug) : null;
  if (!author || !page) notFound();
  const result = await latestArticles({ author: slug, page });
  if (page > result.pages) notFound();
  return (
    <section>
      <h1 className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">{author.name}</h1>
      <p className="mt-2 max-w-2xl text-muted">{author.bio}</p>
      <ArticleList items={result.items} />
      <Pagination page={page} pages={result.pages} href={(n) => (n === 1 ? `/authors/${slug}` : `/authors/${slug}/page/${n}`)} />
    </section>
  );
}
