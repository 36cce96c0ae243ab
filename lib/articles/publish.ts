// Publishing: the public ID is allocated in the same transaction that marks
// the article published, so an ID is never handed out for a story that did
// not go live. The audit entry and the publish revision are written in that
// transaction too: a crash at any point leaves either a fully published story
// or an untouched draft. A correction after publication keeps the ID.
import { audit } from "../audit.ts";
import { db as sharedDb, type Db } from "../db.ts";
import { allocatePublicId } from "./public-id.ts";

export class PublishError extends Error {}

/** Who published, for the audit trail and the publish revision; written only when the story actually goes live. */
export type PublishRecord = { actorId: string | null; action: string; detail?: Record<string, unknown> };

export async function publishArticle(articleId: string, opts: { at?: Date; record?: PublishRecord } = {}, client: Db = sharedDb()) {
  const at = opts.at ?? new Date();
  return client.$transaction(async (tx) => {
    // Lock the row: two workers publishing the same scheduled story must not both allocate an ID.
    await tx.$queryRaw`select "id" from "Article" where "id" = ${articleId} for update`;
    const a = await tx.article.findUnique({ where: { id: articleId }, select: { publicId: true, status: true, publishedAt: true } });
    if (!a) throw new PublishError(`no article ${articleId}`);
    if (a.status === "PUBLISHED" && a.publicId) return { publicId: a.publicId, publishedAt: a.publishedAt!, alreadyPublished: true };
    const publishedAt = a.publishedAt && a.publicId ? a.publishedAt : at;
    const publicId = a.publicId ?? (await allocatePublicId(tx, publishedAt));
    const live = await tx.article.update({
      where: { id: articleId },
      data: { status: "PUBLISHED", publicId, publishedAt, scheduledAt: null, version: { increment: 1 } },
      select: { version: true, headline: true, slug: true, teaser: true, body: true },
    });
    if (opts.record) {
      const { actorId, action, detail } = opts.record;
      await audit(actorId, action, publicId, { articleId, ...detail }, tx);
      await tx.articleRevision.create({ data: { articleId, kind: "PUBLISH", editorId: actorId, ...live } });
    }
    return { publicId, publishedAt, alreadyPublished: false };
  });
}
