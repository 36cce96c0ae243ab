// Publishing: the public ID is allocated in the same transaction that marks
// the article published, so an ID is never handed out for a story that did
// not go live. A correction after publication keeps the ID.
import { db as sharedDb, type Db } from "../db.ts";
import { allocatePublicId } from "./public-id.ts";

export class PublishError extends Error {}

export async function publishArticle(articleId: string, opts: { at?: Date } = {}, client: Db = sharedDb()) {
  const at = opts.at ?? new Date();
  return client.$transaction(async (tx) => {
    // Lock the row: two workers publishing the same scheduled story must not both allocate an ID.
    await tx.$queryRaw`select "id" from "Article" where "id" = ${articleId} for update`;
    const a = await tx.article.findUnique({ where: { id: articleId }, select: { publicId: true, status: true, publishedAt: true } });
    if (!a) throw new PublishError(`no article ${articleId}`);
    if (a.status === "PUBLISHED" && a.publicId) return { publicId: a.publicId, publishedAt: a.publishedAt! };
    const publishedAt = a.publishedAt && a.publicId ? a.publishedAt : at;
    const publicId = a.publicId ?? (await allocatePublicId(tx, publishedAt));
    await tx.article.update({ where: { id: articleId }, data: { status: "PUBLISHED", publicId, publishedAt, scheduledAt: null, version: { increment: 1 } } });
    return { publicId, publishedAt };
  });
}
