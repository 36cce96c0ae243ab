// Topics as feeds name them: by id, so a renamed slug keeps its feeds.
import { db } from "../db.ts";

export async function topicOfFeed(id: string): Promise<{ slug: string; name: string } | null> {
  return db().topic.findUnique({ where: { id }, select: { slug: true, name: true } });
}

export async function topicsForFeeds(): Promise<{ id: string; name: string }[]> {
  return db().topic.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
