import "server-only";
import { allTopics, articlePath, publishedIdsForSitemap } from "./articles/queries.ts";
import { absoluteUrl } from "./site.ts";

export async function sitemapEntries() {
  const [rows, topics] = await Promise.all([publishedIdsForSitemap(), allTopics()]);
  return [
    { url: absoluteUrl("/"), changeFrequency: "hourly" as const, priority: 1 },
    { url: absoluteUrl("/corrections"), changeFrequency: "daily" as const, priority: 0.3 },
    ...topics.map((t) => ({ url: absoluteUrl(`/topics/${t.slug}`), changeFrequency: "daily" as const, priority: 0.6 })),
    ...rows.map((r) => ({ url: absoluteUrl(articlePath({ publicId: r.publicId!, slug: r.slug })), lastModified: r.correctedAt ?? r.publishedAt ?? undefined })),
  ];
}
