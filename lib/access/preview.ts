// The free preview: a new reader's first sign-in starts it, for the
// configured number of days. The only writer of previewEndsAt.
import { db } from "../db.ts";
import { accessPolicy } from "./policy.ts";

const DAY = 86_400_000;

/** Start the free preview of a reader who has never had one; returns its end, or null when one was had already. */
export async function startFreePreview(userId: string, now = new Date()): Promise<Date | null> {
  const ends = new Date(now.getTime() + accessPolicy().previewDays * DAY);
  const { count } = await db().user.updateMany({ where: { id: userId, previewStartedAt: null }, data: { previewStartedAt: now, previewEndsAt: ends } });
  return count ? ends : null;
}
