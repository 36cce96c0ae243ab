// One feed, three formats: RSS 2.0, Atom (RFC 4287) and JSON Feed 1.1. Pure
// functions of a FeedDocument that lib/feeds/serve.ts has already redacted:
// an item's html is the full text only when lib/access said "full" for it.
import { xmlEscape as x } from "../feed.ts";

export const FORMATS = {
  rss: { file: "rss.xml", contentType: "application/rss+xml; charset=utf-8" },
  atom: { file: "atom.xml", contentType: "application/atom+xml; charset=utf-8" },
  json: { file: "feed.json", contentType: "application/feed+json; charset=utf-8" },
} as const;
export type FeedFormat = keyof typeof FORMATS;

export type FeedItem = {
  /** A stable id for the story (the same in every format and every fetch). */
  id: string;
  url: string;
  title: string;
  /** Teaser, or teaser and body when the reader may read it in full. */
  html: string;
  summary: string;
  published: string;
  updated: string;
  topics: { slug: string; name: string }[];
  authors: { name: string; url: string }[];
};

export type FeedDocument = {
  /** tag: URI of this feed (Atom's id). */
  id: string;
  title: string;
  description: string;
  homeUrl: string;
  /** This feed's own address in each format (it names the token: the document is private). */
  urls: Record<FeedFormat, string>;
  updated: string;
  publisher: string;
  items: FeedItem[];
};

export function renderFeed(format: FeedFormat, feed: FeedDocument): string {
  return format === "rss" ? rss(feed) : format === "atom" ? atom(feed) : jsonFeed(feed);
}

function rss(f: FeedDocument): string {
  const items = f.items
    .map(
      (i) =>
        `<item><title>${x(i.title)}</title><link>${x(i.url)}</link><guid isPermaLink="false">${x(i.id)}</guid><pubDate>${new Date(i.published).toUTCString()}</pubDate>${i.topics
          .map((t) => `<category>${x(t.name)}</category>`)
          .join("")}${i.authors.map((a) => `<dc:creator>${x(a.name)}</dc:creator>`).join("")}<description>${x(i.html)}</description></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>${x(f.title)}</title><link>${x(f.homeUrl)}</link>
<atom:link href="${x(f.urls.rss)}" rel="self" type="application/rss+xml"/>
<description>${x(f.description)}</description>
<language>en-us</language><lastBuildDate>${new Date(f.updated).toUTCString()}</lastBuildDate>
${items}
</channel></rss>`;
}

function atom(f: FeedDocument): string {
  const entries = f.items
    .map(
      (i) =>
        `<entry><id>${x(i.id)}</id><title type="text">${x(i.title)}</title><link rel="alternate" type="text/html" href="${x(i.url)}"/><published>${i.published}</published><updated>${i.updated}</updated>${(i
          .authors.length
          ? i.authors
          : [{ name: f.publisher, url: f.homeUrl }]
        )
          .map((a) => `<author><name>${x(a.name)}</name><uri>${x(a.url)}</uri></author>`)
          .join("")}${i.topics
          .map((t) => `<category term="${x(t.slug)}" label="${x(t.name)}"/>`)
          .join("")}<summary type="text">${x(i.summary)}</summary><content type="html">${x(i.html)}</content></entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-us">
<id>${x(f.id)}</id><title type="text">${x(f.title)}</title><subtitle type="text">${x(f.description)}</subtitle><updated>${f.updated}</updated>
<link rel="self" type="application/atom+xml" href="${x(f.urls.atom)}"/><link rel="alternate" type="text/html" href="${x(f.homeUrl)}"/>
<author><name>${x(f.publisher)}</name><uri>${x(f.homeUrl)}</uri></author>
${entries}
</feed>`;
}

function jsonFeed(f: FeedDocument): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: f.title,
    home_page_url: f.homeUrl,
    feed_url: f.urls.json,
    description: f.description,
    language: "en-US",
    authors: [{ name: f.publisher, url: f.homeUrl }],
    items: f.items.map((i) => ({
      id: i.id,
      url: i.url,
      title: i.title,
      content_html: i.html,
      summary: i.summary,
      date_published: i.published,
      date_modified: i.updated,
      tags: i.topics.map((t) => t.name),
      authors: i.authors,
    })),
  });
}
