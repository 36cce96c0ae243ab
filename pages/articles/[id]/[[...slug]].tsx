import type { GetServerSideProps, PageConfig } from "next";
import { ArticleView } from "@/components/article/ArticleView";
import { PageHead } from "@/components/layout/PageHead";
import { accessProvidedBy, canShare, viewerKind, type ViewerKind } from "@/lib/access";
import { ShareForm } from "@/components/share/ShareForm";
import { articleForViewer, type ArticleView as View } from "@/lib/articles/read";
import { articleMetadata } from "@/lib/articles/seo";
import { viewerOfPagesRequest } from "@/lib/access/pages-request";
import { absoluteUrl } from "@/lib/site";
import { countViewerRead, nodeHeaders } from "@/lib/usage/record";
import { SaveToFolderForm } from "@/components/folders/SaveToFolderForm";
import { saveFormFor, type SaveFormProps } from "@/lib/folders/form";

// The article page for signed-in readers, rendered per request for the person
// (lib/access.ts decides, lib/articles/read.ts redacts), or for the nginx
// front's shared render of a full page (decision 12). Visitors without a
// session cookie are sent by proxy.ts to the cached teaser page instead
// (pages/teaser/[id]/[[...slug]].tsx), unless their address is in a site
// licence's office range (decision 22). Like it, a Pages Router page that ships
// no JavaScript: nothing on it needs client code (decision 13).
export const config: PageConfig = { unstable_runtimeJS: false };

type Params = { id: string; slug?: string[] };
type Props = {
  article: View;
  viewerKind: ViewerKind;
  canonicalUrl: string;
  providedBy: string | null;
  canShare: boolean;
  saveForm: SaveFormProps | null;
};

export const getServerSideProps: GetServerSideProps<Props, Params> = async ({ req, res, params, query }) => {
  const viewer = await viewerOfPagesRequest(req, res);
  const article = await articleForViewer(params?.id ?? "", viewer);
  if (!article) return { notFound: true };
  const slug = params?.slug;
  if (slug?.length !== 1 || slug[0] !== article.slug) return { redirect: { destination: article.path, permanent: true } };
  if (article.access === "full") countViewerRead(viewer, "ARTICLE", article.publicId, "app", nodeHeaders(req.headers));
  const providedBy = article.bodyHtml !== null ? accessProvidedBy(viewer) : null;
  const saveForm = await saveFormFor(viewer, "article", article.publicId, article.access === "full", query);
  return {
    props: {
      article,
      viewerKind: viewerKind(viewer),
      canonicalUrl: absoluteUrl(article.path),
      providedBy,
      canShare: article.access === "full" && canShare(viewer),
      saveForm,
    },
  };
};

export default function ArticlePage({ article, viewerKind, canonicalUrl, providedBy, canShare, saveForm }: Props) {
  return (
    <>
      <PageHead page={articleMetadata(article)} />
      <ArticleView article={article} viewerKind={viewerKind} canonicalUrl={canonicalUrl} providedBy={providedBy} />
      <ShareForm publicId={article.publicId} show={canShare} />
      <SaveToFolderForm form={saveForm} />
    </>
  );
}
