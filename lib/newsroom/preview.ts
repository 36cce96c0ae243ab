// "Preview as" — the article exactly as a kind of reader would see it once
// published, through the same access and redaction code as the live site.
import "server-only";
import { redactForViewer, sampleViewer, type SampleKind } from "../access/index.ts";
import { db } from "../db.ts";
import { citedIds } from "../articles/cross-refs.ts";
import { canonicalHtml, documentText, renderDocument } from "../articles/document.ts";
import {
  articlePath,
  citedDocuments,
  correctionsSelect,
  crossRefTargets,
  documentsSelect,
  publicCorrections,
  summarySelect,
  type ArticleView,
} from "../articles/queries.ts";

export type PreviewAs = SampleKind;

export async function previewArticle(id: string, as: PreviewAs): Promise<ArticleView | null> {
  const a = await db().article.findUnique({
    where: { id },
    select: { ...summarySelect, body: true, freeToRead: true, documents: documentsSelect, corrections: correctionsSelect },
  });
  if (!a) return null;
  const now = new Date();
  // Judged as if published now: the question is what each reader will see.
  const view = redactForViewer({ ...a, status: "PUBLISHED" as const, publishedAt: a.publishedAt ?? now }, sampleViewer(as, now), now);
  const targets = await crossRefTargets(citedIds(`${documentText(a.teaser)}\n${documentText(view.body ?? "")}`));
  const publicId = a.publicId ?? "(on publication)";
  return {
    publicId,
    slug: a.slug,
    path: articlePath({ publicId, slug: a.slug }),
    headline: a.headline || "(no headline yet)",
    teaserHtml: renderDocument(a.teaser, targets),
    teaserText: documentText(a.teaser),
    bodyHtml: view.body === null ? null : renderDocument(view.body, targets),
    access: view.access,
    freeToRead: a.freeToRead,
    publishedAt: view.publishedAt.toISOString(),
    correctedAt: a.correctedAt?.toISOString() ?? null,
    topics: a.topics.map((t) => t.topic),
    authors: a.authors.map((x) => x.author),
    documents: citedDocuments(a.documents),
    corrections: publicCorrections(a.corrections),
  };
}

/** The editor's live preview: what would be stored, through the same renderer and linking as the site. */
export async function renderDocumentPreview(teaser: string, body: string) {
  const t = canonicalHtml(teaser.slice(0, 50_000));
  const b = canonicalHtml(body.slice(0, 1_000_000));
  const targets = await crossRefTargets(citedIds(`${documentText(t)}\n${documentText(b)}`));
  return { teaserHtml: renderDocument(t, targets), bodyHtml: renderDocument(b, targets) };
}
