// Share links, the sharer's side (issue 20, decision 32): creating one within
// the monthly allowance, listing and revoking one's own, and counting the
// recipients' views. Who may read through a link is lib/access's (share.ts,
// rules.ts); this module only keeps the rows.
import { createHmac } from "node:crypto";
import { z } from "zod";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { access, canShare, type Viewer } from "../access/index.ts";
import { newShareToken, shareTokenHash } from "../access/share.ts";
import { shareAllowanceResets, shareAllowanceSince, shareLinkState, type ShareLinkState } from "../access/rules.ts";
import { isPublicId } from "../articles/public-id.ts";
import { readDay } from "../usage/record.ts";

const DAY = 86_400_000;

/** The address of a share link, as the sharer copies it. */
export function sharePath(publicId: string, token: string): string {
  return `/s/${publicId}/${token}`;
}

export const createInput = z.object({ article: z.string().trim().refine(isPublicId, "Choose an article to share.") });

export type CreateResult =
  | { ok: true; token: string; path: string; expiresAt: Date; remaining: number }
  | { ok: false; reason: "not-allowed" | "no-article" | "limit"; message: string; resetsAt?: Date };

/** The allowance's reset day as readers read it: the month starts in UTC (New York's calendar would say the day before). */
export const resetDay = (d: Date) => d.toLocaleDateString("en-US", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

/** The refusal of a link past the allowance: how many, and the day sharing starts again. */
export function limitMessage(perMonth: number, now = new Date()): string {
  return `You have used all ${perMonth} share links for this month. You can share again from ${resetDay(shareAllowanceResets(now))}.`;
}

/**
 * A new link for one article, when the reader may read it in full on their own
 * account and has links left this month. The count and the insert are one
 * transaction under a per-reader lock, so two clicks at once cannot make an 11th.
 */
export async function createShareLink(viewer: Viewer, raw: unknown, now = new Date()): Promise<CreateResult> {
  if (!viewer.userId || !canShare(viewer, now)) return { ok: false, reason: "not-allowed", message: "Only readers with full access can share an article." };
  const parsed = createInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "no-article", message: "That article could not be found." };
  const article = await db().article.findUnique({
    where: { publicId: parsed.data.article },
    select: { id: true, publicId: true, status: true, publishedAt: true, freeToRead: true },
  });
  // A story the sharer could not read in full (a draft, a takedown) is not theirs to share.
  if (!article || article.status !== "PUBLISHED" || access({ ...article, freeToRead: false }, { ...viewer, sharedArticle: null }, now) !== "full")
    return { ok: false, reason: "no-article", message: "That article could not be found." };
  const { SHARE_LINKS_PER_MONTH: perMonth, SHARE_LINK_DAYS: days } = config();
  const userId = viewer.userId;
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`share-links:${userId}`}))`;
    const used = await tx.shareLink.count({ where: { sharerId: userId, createdAt: { gte: shareAllowanceSince(now) } } });
    if (used >= perMonth) {
      const resetsAt = shareAllowanceResets(now);
      return {
        ok: false as const,
        reason: "limit" as const,
        resetsAt,
        message: limitMessage(perMonth, now),
      };
    }
    const { token, tokenHash } = newShareToken();
    const expiresAt = new Date(now.getTime() + days * DAY);
    await tx.shareLink.create({ data: { tokenHash, articleId: article.id, sharerId: userId, createdAt: now, expiresAt } });
    return { ok: true as const, token, path: sharePath(article.publicId!, token), expiresAt, remaining: perMonth - used - 1 };
  });
}

export type OwnShareLink = {
  id: string;
  publicId: string;
  headline: string;
  createdAt: Date;
  expiresAt: Date;
  state: ShareLinkState;
  views: number;
};

/** A reader's own links, newest first, with their views (one per visitor per day). */
export async function ownShareLinks(
  userId: string,
  now = new Date(),
  take = 50,
): Promise<{ links: OwnShareLink[]; usedThisMonth: number; perMonth: number; resetsAt: Date }> {
  const [rows, usedThisMonth] = await Promise.all([
    db().shareLink.findMany({
      where: { sharerId: userId },
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true,
        createdAt: true,
        expiresAt: true,
        revokedAt: true,
        article: { select: { publicId: true, headline: true } },
        _count: { select: { views: true } },
      },
    }),
    db().shareLink.count({ where: { sharerId: userId, createdAt: { gte: shareAllowanceSince(now) } } }),
  ]);
  return {
    links: rows.map((r) => ({
      id: r.id,
      publicId: r.article.publicId ?? "",
      headline: r.article.headline,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      state: shareLinkState(r, now),
      views: r._count.views,
    })),
    usedThisMonth,
    perMonth: config().SHARE_LINKS_PER_MONTH,
    resetsAt: shareAllowanceResets(now),
  };
}

/** Revoke one of the reader's own links; someone else's link is "not found", as if it did not exist. */
export async function revokeShareLink(userId: string, linkId: unknown, now = new Date()): Promise<{ ok: boolean; message: string }> {
  const id = z.string().min(1).max(64).safeParse(linkId);
  if (!id.success) return { ok: false, message: "That share link could not be found." };
  const { count } = await db().shareLink.updateMany({ where: { id: id.data, sharerId: userId, revokedAt: null }, data: { revokedAt: now } });
  return count
    ? { ok: true, message: "The link is revoked: it no longer opens the article." }
    : { ok: false, message: "That share link could not be found, or was already revoked." };
}

function visitorKey(address: string, userAgent: string): string {
  // Neither the address nor the agent is stored: a keyed hash tells visitors apart for the count, nothing more.
  return createHmac("sha256", config().authSecret).update(`share-visitor:${address}|${userAgent}`).digest("base64url").slice(0, 22);
}

/** A recipient's view: at most one per visitor (address and user agent) per New York day. Never in the page's way. */
export async function recordShareView(linkId: string, address: string, userAgent: string, at = new Date()): Promise<void> {
  await db().$executeRaw`
    insert into "ShareLinkView" ("shareLinkId", "day", "visitor", "at") values (${linkId}, ${readDay(at)}::date, ${visitorKey(address, userAgent)}, ${at})
    on conflict do nothing`;
}

/** Is `path` (/s/<id>/<token>) a link this reader made? The links page shows a new link only to its sharer. */
export async function isOwnSharePath(userId: string, path: string): Promise<boolean> {
  const m = /^\/s\/(\d{10})\/([A-Za-z0-9_-]{43})$/.exec(path);
  if (!m) return false;
  const link = await db().shareLink.findUnique({
    where: { tokenHash: shareTokenHash(m[2]) },
    select: { sharerId: true, article: { select: { publicId: true } } },
  });
  return link?.sharerId === userId && link.article.publicId === m[1];
}
