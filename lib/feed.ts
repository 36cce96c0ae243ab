// RSS 2.0 of the latest headlines: teasers only, never bodies.
import "server-only";
import { latestHeadlines } from "./articles/queries.ts";
import { absoluteUrl } from "./site.ts";
import { latestCorrections } from "./articles/corrections.ts";
import { citationOf, correctionLabel } from "./articles/citation.ts";

/** Text for XML character data and attribute values (every feed of the site uses this one). */
export const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const x = xmlEscape;

export async function rssFeed(): Promise<string> {
  const items = await latestHeadlines({ pageSize: 50 });
  const entries = items
    .map(
      (a) =>
        `<item><title>${x(a.headline)}</title><link>${x(absoluteUrl(a.path))}</link><guid isPermaLink="false">tld-${a.publicId}</guid><pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>${a.topics.map((t) => `<category>${x(t.name)}</category>`).join("")}<description>${x(a.teaserText)}</description></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>Trade Law Daily</title><link>${x(absoluteUrl("/"))}</link>
<atom:link href="${x(absoluteUrl("/feed.xml"))}" rel="self" type="application/rss+xml"/>
<description>Court and agency rulings on tariffs, classification, valuation, origin, AD/CVD, sanctions and export controls.</description>
<language>en-us</language>
${entries}
</channel></rss>`;
}

/** RSS 2.0 of the corrections log (decision 34): each notice, its story's headline and link; public text only. */
export async function correctionsFeed(): Promise<string> {
  const items = await latestCorrections();
  const entries = items
    .map(
      (c) =>
        `<item><title>${x(`${correctionLabel(c, c.article.publishedAt)}: ${c.article.headline}`)}</title><link>${x(absoluteUrl(c.article.path))}</link><guid isPermaLink="false">tld-correction-${x(c.id)}</guid><pubDate>${new Date(c.publishedAt).toUTCString()}</pubDate><description>${x(`${c.note} (${citationOf({ publishedAt: c.article.publishedAt, publicId: c.article.publicId })})`)}</description></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>Trade Law Daily: corrections</title><link>${x(absoluteUrl("/corrections"))}</link>
<atom:link href="${x(absoluteUrl("/corrections/feed.xml"))}" rel="self" type="application/rss+xml"/>
<description>Every correction Trade Law Daily has published, newest first.</description>
<language>en-us</language>
${entries}
</channel></rss>`;
}
