import { headers } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { SignupForm } from "@/components/paywall/SignupForm";
import { viewerKind } from "@/lib/access";
import { accessPolicy, articleForViewer } from "@/lib/articles/queries";
import { nonceOf } from "@/lib/csp";
import { articleMetadata } from "@/lib/articles/seo";
import { absoluteUrl } from "@/lib/site";
import { currentViewer } from "@/lib/viewer";

// Signed-in readers: rendered per request. Visitors without a session cookie
// are sent by proxy.ts to the cached, zero-JS teaser page instead
// (pages/teaser/[id]/[[...slug]].tsx).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; slug?: string[] }> };

export async function generateMetadata({ params }: Props) {
  const a = await articleForViewer((await params).id, await currentViewer());
  return a ? articleMetadata(a) : {};
}

export default async function ArticlePage({ params }: Props) {
  const { id, slug } = await params;
  const viewer = await currentViewer();
  const article = await articleForViewer(id, viewer);
  if (!article) notFound();
  if (slug?.length !== 1 || slug[0] !== article.slug) permanentRedirect(article.path);
  return <ArticleView article={article} viewerKind={viewerKind(viewer, new Date(), accessPolicy())} canonicalUrl={absoluteUrl(article.path)} nonce={nonceOf((await headers()).get("content-security-policy"))} SignupForm={SignupForm} />;
}
