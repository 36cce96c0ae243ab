// "Preview as" — the article exactly as a kind of reader would see it once
// published, through the same access and redaction code as the live site.
import "server-only";
import { redactForViewer, sampleViewer, type SampleKind } from "../access/index.ts";
import { db } from "../db.ts";
import { citedIds, linkCrossRefs } from "../articles/cross-refs.ts";
import { markdownToHtml, markdownToText } from "../articles/markdown.ts";
import { articlePath, citedDocuments, crossRefTargets, documentsSelect, summarySelect, type ArticleView } from "../articles/queries.ts";

export type PreviewAs = SampleKind;

export async function previewArticle(id: string, as: PreviewAs): Promise<ArticleView | null> {
  const a = await db().article.findUnique({
    where: { id },
    select: { ...summarySelect, body: true, documents: documentsSelect },
  });
  if (!a) return null;
  const now = new Date();
  // Judged as if published now: the question is what each reader will see.
  const view = redactForViewer({ ...a, status: "PUBLISHED" as const, publishedAt: a.publishedAt ?? now }, sampleViewer(as, now), now);
  const targets = await crossRefTargets(citedIds(`${a.teaser}\n${view.body ?? ""}`));
  const publicId = a.publicId ?? "(on publication)";
  return {
    publicId,
    slug: a.slug,
    path: articlePath({ publicId, slug: a.slug }),
    headline: a.headline || "(no headline yet)",
    teaserHtml: linkCrossRefs(markdownToHtml(a.teaser), targets),
    teaserText: markdownToText(a.teaser),
    bodyHtml: view.body === null ? null : linkCrossRefs(markdownToHtml(view.body), targets),
    access: view.access,
    publishedAt: view.publishedAt.toISOString(),
    correctedAt: a.correctedAt?.toISOString() ?? null,
    topics: a.topics.map((t) => t.topic),
    authors: a.authors.map((x) => x.author),
    documents: citedDocuments(a.documents),
  };
}

/** The editor's live preview of Markdown: the same renderer and linking as the site. */
export async function renderMarkdownPreview(teaser: string, body: string) {
  const targets = await crossRefTargets(citedIds(`${teaser}\n${body}`));
  return {
    teaserHtml: linkCrossRefs(markdownToHtml(teaser.slice(0, 5000)), targets),
    bodyHtml: linkCrossRefs(markdownToHtml(body.slice(0, 200_000)), targets),
  };
}
