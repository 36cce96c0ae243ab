// Free to read (issue 20, decision 33): an editor opens one story to everyone
// (a landmark ruling, a story to seed search engines), or closes it again. The
// rule itself is lib/access's (rules.ts: a free article is read in full by anyone
// who can see it); this is the one writer of the flag. Every change is audited and
// empties every cache that could hold the old page (lib/cache/invalidate.ts): the
// anonymous copies (Next's and the front's) carry the body while it is free and
// must lose it the moment it is not.
import { z } from "zod";
import { audit } from "../audit.ts";
import { invalidate } from "../cache/invalidate.ts";
import { db } from "../db.ts";

const input = z.object({ articleId: z.string().min(1).max(64), free: z.boolean() });

export type FreeToReadResult = { ok: true; message: string } | { ok: false; message: string };

export async function setFreeToRead(actorId: string, raw: unknown, now = new Date()): Promise<FreeToReadResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "Choose whether the story is free to read." };
  const { articleId, free } = parsed.data;
  const changed = await db().$transaction(async (tx) => {
    const a = await tx.article.findUnique({ where: { id: articleId }, select: { publicId: true, slug: true, freeToRead: true } });
    if (!a) return null;
    if (a.freeToRead === free) return { ...a, same: true };
    await tx.article.update({
      where: { id: articleId },
      data: { freeToRead: free, freeToReadById: free ? actorId : null, freeToReadSince: free ? now : null },
    });
    // The audit entry commits with the change itself.
    await audit(actorId, free ? "article.free-to-read" : "article.paywalled", a.publicId ?? articleId, { articleId }, tx);
    return { ...a, same: false };
  });
  if (!changed) return { ok: false, message: "This article no longer exists." };
  if (!changed.same) await invalidate([{ publicId: changed.publicId, slugs: [changed.slug] }]);
  return {
    ok: true,
    message: free ? "Free to read: anyone can now read the whole story." : "Back behind the paywall: readers without access see the teaser again.",
  };
}

/** The flag and who set it, for the editor's page. */
export async function freeToReadOf(articleId: string) {
  const a = await db().article.findUnique({ where: { id: articleId }, select: { freeToRead: true, freeToReadSince: true, freeToReadById: true } });
  if (!a) return null;
  const by = a.freeToReadById ? await db().user.findUnique({ where: { id: a.freeToReadById }, select: { email: true } }) : null;
  return { free: a.freeToRead, since: a.freeToReadSince, by: by?.email ?? null };
}
