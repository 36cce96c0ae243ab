// RSS 2.0 of the latest headlines: teasers only, never bodies.
import "server-only";
import { latestHeadlines } from "./articles/queries.ts";
import { absoluteUrl } from "./site.ts";

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
