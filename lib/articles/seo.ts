// Meta and Open Graph tags come from the teaser only, whoever is looking.
import type { Metadata } from "next";
import { absoluteUrl } from "../site.ts";
import type { ArticleView } from "./read.ts";

/**
 * The article's own metadata: the App Router's generateMetadata returns it,
 * and the Pages Router teaser renders the same object as tags
 * (components/layout/PageHead.tsx); hence the exact type, not just Metadata.
 */
export function articleMetadata(a: ArticleView) {
  const description = a.teaserText.length > 200 ? `${a.teaserText.slice(0, 197).replace(/\s+\S*$/, "")}…` : a.teaserText;
  return {
    title: a.headline,
    description,
    alternates: { canonical: absoluteUrl(a.path) },
    openGraph: { type: "article", title: a.headline, description, url: absoluteUrl(a.path), publishedTime: a.publishedAt, siteName: "Trade Law Daily" },
    twitter: { card: "summary", title: a.headline, description },
  } satisfies Metadata;
}
