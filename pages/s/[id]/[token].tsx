import type { GetServerSideProps, PageConfig } from "next";
import { ArticleView } from "@/components/article/ArticleView";
import { PageHead } from "@/components/layout/PageHead";
import { SharedArticleNote, type ShareNote } from "@/components/share/SharedArticleNote";
import { viewerKind, type ViewerKind } from "@/lib/access";
import { viewerOfPagesRequest } from "@/lib/access/pages-request";
import { lookUpShare, withShare } from "@/lib/access/share";
import { articleForViewer, type ArticleView as View } from "@/lib/articles/read";
import { articleMetadata } from "@/lib/articles/seo";
import { logger } from "@/lib/log";
import { clientIp } from "@/lib/request";
import { recordShareView } from "@/lib/sharing/links";
import { absoluteUrl } from "@/lib/site";
import { nodeHeaders } from "@/lib/usage/record";

// A share link (issue 20, decision 32): /s/<article ID>/<token>. The recipient
// of an active link reads that one article in full, without an account, with
// the free-preview offer under it; lib/access decides (share.ts, rules.ts).
// Bots and link previewers get the teaser and its Open Graph tags (the preview
// card); an expired or revoked link, or a token for another article, the
// teaser with a note. Rendered per request and never kept by any shared cache:
// Cache-Control private, no-store here, and the front's /s/ location neither
// reads nor fills its cache (deploy/front/front.conf.template). Zero-JS, like the
// other reader pages (decision 13).
export const config: PageConfig = { unstable_runtimeJS: false };

const log = logger("share");

type Params = { id: string; token: string };
type Props = { article: View; viewerKind: ViewerKind; canonicalUrl: string; note: ShareNote };

export const getServerSideProps: GetServerSideProps<Props, Params> = async ({ req, res, params }) => {
  res.setHeader("Cache-Control", "private, no-store");
  const publicId = params?.id ?? "";
  const userAgent = req.headers["user-agent"] ?? null;
  const [viewer, found] = await Promise.all([viewerOfPagesRequest(req, res), lookUpShare(publicId, params?.token ?? "", userAgent)]);
  const article = await articleForViewer(publicId, withShare(viewer, publicId, found));
  if (!article) return { notFound: true };
  // A view is one person's, once a day: not the sharer's own, not a bot's (found.state is "robot" then).
  if (found.state === "active" && found.sharerId !== viewer.userId && userAgent)
    recordShareView(found.linkId, clientIp(nodeHeaders(req.headers)), userAgent).catch((e) =>
      log.warn("share view not counted", { error: (e as Error).message }),
    );
  const note: ShareNote = found.state === "robot" ? "preview-card" : found.state;
  return { props: { article, viewerKind: viewerKind(viewer), canonicalUrl: absoluteUrl(article.path), note } };
};

export default function SharedArticlePage({ article, viewerKind, canonicalUrl, note }: Props) {
  return (
    <>
      <PageHead page={articleMetadata(article)} robots="noindex, nofollow" />
      <SharedArticleNote note={note} article={article} viewerKind={viewerKind} />
      <ArticleView article={article} viewerKind={viewerKind} canonicalUrl={canonicalUrl} />
      {note === "active" && <SharedArticleNote note="offer" article={article} viewerKind={viewerKind} />}
    </>
  );
}
