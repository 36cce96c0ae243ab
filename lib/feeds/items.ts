// What a feed follows, as a list of articles, newest first: all news, one
// topic, one of the owner's saved searches (run as the owner, so its matching
// follows their access like their own search would), or one of the owner's
// folders (its articles, newest saved first; documents are not feed items).
// Each article is then decided for the owner by lib/access (serve.ts).
import type { Viewer } from "../access/index.ts";
import { latestHeadlines } from "../articles/queries.ts";
import { folderArticleIds } from "../folders/repository.ts";
import { alertsOf } from "../search/alerts.ts";
import { searchSite } from "../search/search.ts";
import { topicOfFeed } from "./topics.ts";
import type { FeedRow } from "./repository.ts";

/** Stories per fetch: a feed reader keeps what it has seen, so a day's worth is plenty. */
export const FEED_ITEMS = 30;

export type FeedSource = { title: string; publicIds: string[] } | { gone: string };

export async function feedSource(feed: FeedRow, owner: Viewer): Promise<FeedSource> {
  switch (feed.kind) {
    case "ALL":
      return { title: "All news", publicIds: (await latestHeadlines({ pageSize: FEED_ITEMS })).map((a) => a.publicId) };
    case "TOPIC": {
      const topic = feed.targetId ? await topicOfFeed(feed.targetId) : null;
      if (!topic) return { gone: "The topic this feed followed no longer exists." };
      return { title: topic.name, publicIds: (await latestHeadlines({ topic: topic.slug, pageSize: FEED_ITEMS })).map((a) => a.publicId) };
    }
    case "SEARCH": {
      const alert = (await alertsOf(feed.userId)).find((a) => a.id === feed.targetId);
      if (!alert) return { gone: "The saved search this feed followed was deleted." };
      const { caseQuery: _c, ...filters } = alert.filters;
      const outcome = await searchSite({ ...filters, kind: "articles", q: alert.query, truncated: false, sort: "date", page: 1 }, owner);
      const ids = outcome.status === "ok" ? outcome.items.flatMap((i) => (i.kind === "article" ? [i.publicId] : [])) : [];
      return { title: `Saved search: ${alert.name}`, publicIds: ids };
    }
    case "FOLDER": {
      const ids = feed.targetId ? await folderArticleIds(feed.userId, feed.targetId, FEED_ITEMS) : null;
      if (!ids) return { gone: "The folder this feed followed was deleted." };
      return { title: feed.name, publicIds: ids };
    }
  }
}
