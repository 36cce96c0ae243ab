import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import { ArticleView } from "@/components/article/ArticleView";
import { PageHead } from "@/components/layout/PageHead";
import { teaserView, type ArticleView as View } from "@/lib/articles/read";
import { articleMetadata } from "@/lib/articles/seo";
import { absoluteUrl } from "@/lib/site";

// The anonymous article page: identical for every visitor without a session,
// generated on first request and then served from cache (ISR). It is built
// for the anonymous viewer, so the body is never fetched here at all.
// proxy.ts rewrites /articles/<id>/<slug> here for requests without a session
// cookie (docs/decisions/0001-cached-teaser-route.md). A Pages Router page so
// that it ships no JavaScript: the gate's sign-up is a plain form
// (docs/decisions/0013-zero-js-reader-pages.md).
export const config: PageConfig = { unstable_runtimeJS: false };

const REVALIDATE_SECONDS = 300;

type Params = { id: string; slug?: string[] };
type Props = { article: View; canonicalUrl: string };

export const getStaticPaths: GetStaticPaths<Params> = async () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<Props, Params> = async ({ params }) => {
  const article = await teaserView(params?.id ?? "");
  if (!article) return { notFound: true, revalidate: REVALIDATE_SECONDS };
  const slug = params?.slug;
  if (slug?.length !== 1 || slug[0] !== article.slug) return { redirect: { destination: article.path, permanent: true }, revalidate: REVALIDATE_SECONDS };
  return { props: { article, canonicalUrl: absoluteUrl(article.path) }, revalidate: REVALIDATE_SECONDS };
};

export default function TeaserPage({ article, canonicalUrl }: Props) {
  return (
    <>
      <PageHead page={articleMetadata(article)} robots="index, follow" />
      <ArticleView article={article} viewerKind="anonymous" canonicalUrl={canonicalUrl} />
    </>
  );
}
