// The free preview: a new reader's first sign-in starts it, for the
// configured number of days, once per mailbox (lib/access/mailbox.ts: a
// plus-tag or Gmail's dots do not make a second preview). The only writer of
// previewEndsAt.
import { db } from "../db.ts";
import { canonicalMailbox } from "./mailbox.ts";
import { accessPolicy } from "./policy.ts";

const DAY = 86_400_000;

/** Start the free preview of a reader who has never had one; returns its end, or null when this reader or another spelling of the same mailbox had one already. */
export async function startFreePreview(userId: string, now = new Date()): Promise<Date | null> {
  const ends = new Date(now.getTime() + accessPolicy().previewDays * DAY);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, previewStartedAt: true } });
    if (!user || user.previewStartedAt) return null;
    const mailbox = canonicalMailbox(user.email) ?? user.email.toLowerCase();
    // The claim row is the mailbox's one preview: the first spelling to sign in takes it.
    await tx.$executeRaw`insert into "PreviewClaim" ("mailbox", "userId") values (${mailbox}, ${userId}) on conflict ("mailbox") do nothing`;
    const claim = await tx.previewClaim.findUnique({ where: { mailbox }, select: { userId: true } });
    if (claim?.userId !== userId) return null;
    const { count } = await tx.user.updateMany({ where: { id: userId, previewStartedAt: null }, data: { previewStartedAt: now, previewEndsAt: ends } });
    return count ? ends : null;
  });
}

/** Has another spelling of this reader's mailbox already had the free preview? (for the account page's explanation) */
export async function previewUsedByOtherSpelling(userId: string, email: string): Promise<boolean> {
  const mailbox = canonicalMailbox(email);
  if (!mailbox) return false;
  const claim = await db().previewClaim.findUnique({ where: { mailbox }, select: { userId: true } });
  return !!claim && claim.userId !== userId;
}
