// Private full-text feeds (decision 31): a reader with full access makes feed
// URLs for all news, a topic or one of their saved searches; the URL is shown
// once, only its token's keyed hash is kept; the reader revokes it from the
// account page. Serving a feed: lib/feeds/serve.ts.
import "server-only";
import { z } from "zod";
import { canReadLibrary, type Viewer } from "../access/index.ts";
import { hitLimit } from "../rate-limit.ts";
import { alertsOf } from "../search/alerts.ts";
import { folderOptions, ownFolder } from "../folders/repository.ts";
import { countActiveFeeds, feedsOfUser, insertFeed, revokeFeedOf, type FeedKind, type FeedRow } from "./repository.ts";
import { feedUrls } from "./serve.ts";
import { topicOfFeed, topicsForFeeds } from "./topics.ts";
import { feedTokenHash, newFeedToken } from "./token.ts";
import type { FeedFormat } from "./formats.ts";

export const MAX_FEEDS_PER_READER = 20;

/** The kinds a reader can choose, as the form names them (each has a case in target() and in items.ts). */
export const FEED_KINDS = { all: "ALL", topic: "TOPIC", search: "SEARCH", folder: "FOLDER" } as const satisfies Record<string, FeedKind>;
export type FeedKindChoice = keyof typeof FEED_KINDS;

export type CreateResult = { ok: true; message: string; urls: Record<FeedFormat, string> } | { ok: false; message: string };

const createInput = z.object({
  kind: z.enum(Object.keys(FEED_KINDS) as [FeedKindChoice, ...FeedKindChoice[]]),
  topicId: z.string().max(64).optional(),
  searchId: z.string().max(64).optional(),
  folderId: z.string().max(64).optional(),
});

/** Who may make a feed: readers who can read in full now (staff, subscribers, running previews). */
export function mayCreateFeeds(viewer: Viewer, now = new Date()): boolean {
  return viewer.userId !== null && canReadLibrary(viewer, now);
}

function fieldsOf(input: unknown): Record<string, unknown> {
  const raw =
    input instanceof FormData ? Object.fromEntries([...input.entries()].filter(([k]) => !k.startsWith("$"))) : ((input ?? {}) as Record<string, unknown>);
  // An empty select sends "": the same as not choosing.
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ""));
}

async function target(userId: string, kind: FeedKindChoice, input: z.infer<typeof createInput>): Promise<{ targetId: string | null; name: string } | string> {
  if (kind === "all") return { targetId: null, name: "All news" };
  if (kind === "topic") {
    const topic = input.topicId ? await topicOfFeed(input.topicId) : null;
    return topic ? { targetId: input.topicId!, name: `Topic: ${topic.name}` } : "Choose a topic for this feed.";
  }
  if (kind === "folder") {
    const folder = input.folderId ? await ownFolder(userId, input.folderId) : null;
    return folder ? { targetId: folder.id, name: `Folder: ${folder.name}` } : "Choose one of your folders for this feed.";
  }
  const alert = (await alertsOf(userId)).find((a) => a.id === input.searchId);
  if (!alert) return "Choose one of your saved searches for this feed.";
  if (alert.filters.kind === "documents") return "This saved search looks for library documents only; a feed carries articles. Choose another search.";
  return { targetId: alert.id, name: `Saved search: ${alert.name}` };
}

export async function createFeed(viewer: Viewer, input: unknown, now = new Date()): Promise<CreateResult> {
  if (!viewer.userId) return { ok: false, message: "Sign in to make a feed." };
  if (!mayCreateFeeds(viewer, now)) return { ok: false, message: "Full-text feeds are for readers with full access. Subscribe to make one." };
  const parsed = createInput.safeParse(fieldsOf(input));
  if (!parsed.success) return { ok: false, message: "Choose what the feed should follow: all news, a topic, a saved search or a folder." };
  const t = await target(viewer.userId, parsed.data.kind, parsed.data);
  if (typeof t === "string") return { ok: false, message: t };
  if ((await countActiveFeeds(viewer.userId)) >= MAX_FEEDS_PER_READER)
    return { ok: false, message: `You already have ${MAX_FEEDS_PER_READER} feeds, the most we keep. Revoke one you no longer use.` };
  const limit = await hitLimit(`feed-create:${viewer.userId}`, 10, 3600);
  if (!limit.allowed)
    return { ok: false, message: `You have made many feeds in a short time. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.` };
  const token = newFeedToken();
  await insertFeed({ userId: viewer.userId, kind: FEED_KINDS[parsed.data.kind], targetId: t.targetId, name: t.name, tokenHash: feedTokenHash(token) });
  return {
    ok: true,
    message: `Feed made (${t.name}). Copy its address now into your feed reader: we show it only this once. Anyone with it reads as you.`,
    urls: feedUrls(token),
  };
}

export type AccountFeeds = {
  feeds: FeedRow[];
  mayCreate: boolean;
  topics: { id: string; name: string }[];
  searches: { id: string; name: string }[];
  folders: { id: string; name: string }[];
};

/** What the account page's Feeds section shows. */
export async function accountFeeds(viewer: Viewer, now = new Date()): Promise<AccountFeeds> {
  if (!viewer.userId) return { feeds: [], mayCreate: false, topics: [], searches: [], folders: [] };
  const mayCreate = mayCreateFeeds(viewer, now);
  const [feeds, topics, alerts, folders] = await Promise.all([
    feedsOfUser(viewer.userId),
    mayCreate ? topicsForFeeds() : [],
    mayCreate ? alertsOf(viewer.userId) : [],
    mayCreate ? folderOptions(viewer.userId) : [],
  ]);
  return { feeds, mayCreate, topics, searches: alerts.filter((a) => a.filters.kind !== "documents").map((a) => ({ id: a.id, name: a.name })), folders };
}

const revokeInput = z.object({ feedId: z.string().min(1).max(64) });

export async function revokeFeed(viewer: Viewer, input: unknown, now = new Date()): Promise<{ ok: boolean; message: string }> {
  if (!viewer.userId) return { ok: false, message: "Sign in to manage your feeds." };
  const parsed = revokeInput.safeParse(fieldsOf(input));
  if (!parsed.success) return { ok: false, message: "Unknown feed." };
  return (await revokeFeedOf(viewer.userId, parsed.data.feedId, now))
    ? { ok: true, message: "Feed revoked: its address no longer works." }
    : { ok: false, message: "Unknown feed, or already revoked." };
}
