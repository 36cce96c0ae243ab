import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { SignupForm } from "@/components/paywall/SignupForm";
import { teaserView } from "@/lib/articles/queries";
import { articleMetadata } from "@/lib/articles/seo";
import { absoluteUrl } from "@/lib/site";

// The anonymous article page: identical for every visitor without a session,
// generated on first request and then served from cache (ISR). It is built
// for the anonymous viewer, so the body is never fetched here at all.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; slug?: string[] }> };

export async function generateMetadata({ params }: Props) {
  const a = await teaserView((await params).id);
  return a ? { ...articleMetadata(a), robots: { index: true, follow: true } } : {};
}

export default async function TeaserPage({ params }: Props) {
  const { id, slug } = await params;
  const article = await teaserView(id);
  if (!article) notFound();
  if (slug?.length !== 1 || slug[0] !== article.slug) permanentRedirect(article.path);
  return <ArticleView article={article} viewerKind="anonymous" canonicalUrl={absoluteUrl(article.path)} SignupForm={SignupForm} />;
}
