// The home page: the latest publication day's headlines first, then earlier
// stories, then the newest few per topic.
// Read by pages/index.tsx's getStaticProps: no `server-only` import, as for
// ./read.ts (docs/decisions/0013-zero-js-reader-pages.md).
import { publicIdDay } from "./public-id.ts";
import { allTopics, latestHeadlines } from "./read.ts";

export async function homePage() {
  const items = await latestHeadlines({ pageSize: 30 });
  const todayDay = items[0] ? publicIdDay(new Date(items[0].publishedAt)) : null;
  const today = items.filter((a) => publicIdDay(new Date(a.publishedAt)) === todayDay);
  const latest = items.filter((a) => publicIdDay(new Date(a.publishedAt)) !== todayDay);
  const topics = await allTopics();
  const byTopic = (await Promise.all(topics.map(async (t) => ({ ...t, items: await latestHeadlines({ topic: t.slug, pageSize: 3 }) })))).filter(
    (t) => t.items.length > 0,
  );
  return { today, todayDate: items[0]?.publishedAt ?? null, latest, byTopic };
}
