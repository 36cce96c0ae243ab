// The feed tokens' table: the only module of lib/feeds that touches the ORM.
// Every change is scoped to the owner in the query itself, so "not yours" and
// "does not exist" look the same.
import { db } from "../db.ts";
import type { FeedKind } from "../generated/prisma/enums.ts";

export type { FeedKind };

export type FeedRow = {
  id: string;
  userId: string;
  kind: FeedKind;
  targetId: string | null;
  name: string;
  createdAt: Date;
  lastFetchedAt: Date | null;
  revokedAt: Date | null;
};

const select = { id: true, userId: true, kind: true, targetId: true, name: true, createdAt: true, lastFetchedAt: true, revokedAt: true } as const;

export async function insertFeed(data: { userId: string; kind: FeedKind; targetId: string | null; name: string; tokenHash: string }): Promise<FeedRow> {
  return db().feedToken.create({ data, select });
}

export async function countActiveFeeds(userId: string): Promise<number> {
  return db().feedToken.count({ where: { userId, revokedAt: null } });
}

/** The reader's feeds, live ones first, newest first. */
export async function feedsOfUser(userId: string): Promise<FeedRow[]> {
  const rows = await db().feedToken.findMany({ where: { userId }, select, orderBy: { createdAt: "desc" } });
  return [...rows.filter((r) => !r.revokedAt), ...rows.filter((r) => r.revokedAt)];
}

export async function feedByTokenHash(tokenHash: string): Promise<FeedRow | null> {
  return db().feedToken.findUnique({ where: { tokenHash }, select });
}

/** Revoke one of the owner's feeds; false when there is no such live feed of theirs. */
export async function revokeFeedOf(userId: string, id: string, at = new Date()): Promise<boolean> {
  const r = await db().feedToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: at } });
  return r.count === 1;
}

export async function markFetched(id: string, at = new Date()): Promise<void> {
  await db().feedToken.update({ where: { id }, data: { lastFetchedAt: at }, select: { id: true } });
}
