// Answering a fetch of a private feed URL (decision 31). The token names its
// owner; what the feed shows is decided for that owner's access now, per
// article, by lib/access (articlesForViewer), never by the address it is
// fetched from (office ranges do not apply to a feed). Answers are private:
// full text must never land in a shared cache, nor a search index.
import "server-only";
import { canReadLibrary, fullAccessEndedAt, viewerForUser, type Viewer } from "../access/index.ts";
import { articlesForViewer, type ArticleView } from "../articles/queries.ts";
import { hitLimit } from "../rate-limit.ts";
import { absoluteUrl, formatDate } from "../site.ts";
import { config } from "../config.ts";
import { countFeedReads } from "../usage/record.ts";
import { FORMATS, renderFeed, type FeedDocument, type FeedFormat, type FeedItem } from "./formats.ts";
import { feedSource } from "./items.ts";
import { feedByTokenHash, markFetched, type FeedRow } from "./repository.ts";
import { feedTokenHash, isFeedTokenShape } from "./token.ts";

/** Fetches per token per window: a feed reader polls every few minutes at most; more is a leaked URL or a loop. */
export const FEED_FETCH_LIMIT = 60;
export const FEED_FETCH_WINDOW_SECONDS = 3600;

const PRIVATE = { "cache-control": "private, no-store", "x-robots-tag": "noindex, nofollow" } as const;

function refusal(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text + "\n", { status, headers: { "content-type": "text/plain; charset=utf-8", ...PRIVATE, ...headers } });
}

/** The feed URLs of a token, in each format. */
export function feedUrls(token: string): Record<FeedFormat, string> {
  return {
    rss: absoluteUrl(`/feeds/${token}/${FORMATS.rss.file}`),
    atom: absoluteUrl(`/feeds/${token}/${FORMATS.atom.file}`),
    json: absoluteUrl(`/feeds/${token}/${FORMATS.json.file}`),
  };
}

export async function serveFeed(token: string, format: FeedFormat, now = new Date()): Promise<Response> {
  const feed = isFeedTokenShape(token) ? await feedByTokenHash(feedTokenHash(token)) : null;
  if (!feed) return refusal(404, "There is no feed at this address. Private feed addresses are made on your account page: " + absoluteUrl("/account#feeds"));
  if (feed.revokedAt)
    return refusal(
      410,
      `This feed was revoked on ${formatDate(feed.revokedAt)} and will not return. Make a new feed address on your account page: ${absoluteUrl("/account#feeds")}`,
    );
  const limit = await hitLimit(`feed:${feed.id}`, FEED_FETCH_LIMIT, FEED_FETCH_WINDOW_SECONDS);
  if (!limit.allowed)
    return refusal(
      429,
      `This feed has been fetched ${FEED_FETCH_LIMIT} times within ${FEED_FETCH_WINDOW_SECONDS / 60} minutes, more than any feed reader needs. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      { "retry-after": String(limit.retryAfterSeconds) },
    );

  const owner = await viewerForUser(feed.userId);
  const source = await feedSource(feed, owner);
  if ("gone" in source) return refusal(410, `${source.gone} Make a new feed on your account page: ${absoluteUrl("/account#feeds")}`);
  const articles = await articlesForViewer(source.publicIds, owner, now);
  const fullIds = articles.filter((a) => a.bodyHtml !== null).map((a) => a.publicId);
  countFeedReads(owner, fullIds);
  await markFetched(feed.id, now);

  const doc = feedDocument(feed, token, source.title, articles, owner, now);
  return new Response(renderFeed(format, doc), { headers: { "content-type": FORMATS[format].contentType, ...PRIVATE } });
}

const absolutise = (html: string) => html.replace(/(href|src)="\//g, `$1="${config().siteUrl}/`);

function item(a: ArticleView): FeedItem {
  return {
    id: absoluteUrl(`/articles/${a.publicId}`),
    url: absoluteUrl(a.path),
    title: a.headline,
    html: absolutise(a.bodyHtml === null ? a.teaserHtml : `${a.teaserHtml}\n${a.bodyHtml}`),
    summary: a.teaserText,
    published: a.publishedAt,
    updated: a.correctedAt ?? a.publishedAt,
    topics: a.topics,
    authors: a.authors.map((p) => ({ name: p.name, url: absoluteUrl(`/authors/${p.slug}`) })),
  };
}

/** The note a feed carries, first, while its owner has no full access: why the text stopped and where to renew. */
function accessEndedNote(feed: FeedRow, owner: Viewer, now: Date): FeedItem {
  const subscribe = absoluteUrl("/subscribe");
  // Dated when access ended, so that a feed reader does not show the note as new at every poll.
  const at = (fullAccessEndedAt(owner, now) ?? now).toISOString();
  return {
    id: absoluteUrl(`/account?feed=${feed.id}&note=access-ended`),
    url: subscribe,
    title: "Full text has stopped: your access to Trade Law Daily has ended",
    html: `<p>Your free preview or subscription has ended, so this feed now carries headlines and teasers only. <a href="${subscribe}">Subscribe</a> to get the full text again: this feed's address keeps working and turns back to full text as soon as you can read it.</p>`,
    summary: "Your access has ended: this feed now carries teasers only. Subscribe to get the full text again.",
    published: at,
    updated: at,
    topics: [],
    authors: [],
  };
}

function feedDocument(feed: FeedRow, token: string, title: string, articles: ArticleView[], owner: Viewer, now: Date): FeedDocument {
  const full = canReadLibrary(owner, now);
  const items = articles.map(item);
  const host = new URL(config().siteUrl).host;
  return {
    id: `tag:${host},2026:feed:${feed.id}`,
    title: `Trade Law Daily — ${title}`,
    description: full
      ? `Your private full-text feed (${feed.name}). Do not share its address: it reads as you.`
      : "Teasers only: your access has ended. Subscribe to get the full text again.",
    homeUrl: absoluteUrl("/"),
    urls: feedUrls(token),
    updated:
      items
        .map((i) => i.updated)
        .sort()
        .at(-1) ?? now.toISOString(),
    publisher: "Trade Law Daily",
    items: full ? items : [accessEndedNote(feed, owner, now), ...items],
  };
}
