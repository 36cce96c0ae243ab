import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article/ArticleList";
import { Pagination } from "@/components/ui/Pagination";
import { latestArticles, topicBySlug } from "@/lib/articles/queries";
import { parsePageSegment } from "@/lib/paging";

// Rendered per request, so its scripts carry this response's nonce (or the
// front's placeholder); the front keeps the anonymous copy (lib/proxy/front-cache.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export async function generateMetadata({ params }: Props) {
  const t = await topicBySlug((await params).slug);
  return t ? { title: t.name, description: t.description } : {};
}

export default async function TopicPage({ params }: Props) {
  const { slug, page: seg } = await params;
  const page = parsePageSegment(seg);
  const topic = page ? await topicBySlug(slug) : null;
  if (!topic || !page) notFound();
  const result = await latestArticles({ topic: slug, page });
  if (page > result.pages) notFound();
  return (
    <section>
      <h1 className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">{topic.name}</h1>
      <p className="mt-2 text-muted">{topic.description}</p>
      <ArticleList items={result.items} />
      <Pagination page={page} pages={result.pages} href={(n) => (n === 1 ? `/topics/${slug}` : `/topics/${slug}/page/${n}`)} />
    </section>
  );
}
