// Meta and Open Graph tags come from the teaser only, whoever is looking.
import type { Metadata } from "next";
import { absoluteUrl } from "../site.ts";
import type { ArticleView } from "./queries.ts";

export function articleMetadata(a: ArticleView): Metadata {
  const description = a.teaserText.length > 200 ? `${a.teaserText.slice(0, 197).replace(/\s+\S*$/, "")}…` : a.teaserText;
  return {
    title: a.headline,
    description,
    alternates: { canonical: absoluteUrl(a.path) },
    openGraph: { type: "article", title: a.headline, description, url: absoluteUrl(a.path), publishedTime: a.publishedAt, siteName: "Trade Law Daily" },
    twitter: { card: "summary", title: a.headline, description },
  };
}
