// The only module that reads and writes folders (decision 30). Every query is
// scoped by the owner's user id: a folder or item of someone else is, to these
// functions, not there (callers answer 404).
//
// Server code only, but without the `server-only` import: the zero-JS article
// page (Pages Router) lists the reader's folders in getServerSideProps, and Next
// refuses that guard in a pages/ module graph (decision 13).
import { db } from "../db.ts";
import { folderNameKey, tidyFolderName } from "./input.ts";

export type FolderOption = { id: string; name: string };
export type FolderSummary = FolderOption & { createdAt: Date; itemCount: number; lastSavedAt: Date | null };

const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";

/** The reader's folders for the save form's choice: the one saved into last first. */
export async function folderOptions(userId: string): Promise<FolderOption[]> {
  const rows = await db().folder.findMany({
    where: { userId },
    select: { id: true, name: true, items: { select: { savedAt: true }, orderBy: { savedAt: "desc" }, take: 1 } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows
    .map((r) => ({ id: r.id, name: r.name, last: r.items[0]?.savedAt.getTime() ?? 0 }))
    .sort((a, b) => b.last - a.last)
    .map(({ id, name }) => ({ id, name }));
}

/** The folders page: every folder with its number of items, by name. */
export async function foldersOf(userId: string): Promise<FolderSummary[]> {
  const rows = await db().folder.findMany({
    where: { userId },
    select: {
      id: true,
      name: true,
      createdAt: true,
      _count: { select: { items: true } },
      items: { select: { savedAt: true }, orderBy: { savedAt: "desc" }, take: 1 },
    },
    orderBy: { nameKey: "asc" },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.createdAt, itemCount: r._count.items, lastSavedAt: r.items[0]?.savedAt ?? null }));
}

/** The folder if it is the reader's, else null. */
export async function ownFolder(userId: string, folderId: string): Promise<(FolderOption & { createdAt: Date }) | null> {
  return db().folder.findFirst({ where: { id: folderId, userId }, select: { id: true, name: true, createdAt: true } });
}

/** Create a folder; a name the reader already uses (ignoring case and spacing) gives the existing folder. */
export async function findOrCreateFolder(userId: string, name: string): Promise<FolderOption & { created: boolean }> {
  const key = folderNameKey(name);
  const found = await db().folder.findUnique({ where: { userId_nameKey: { userId, nameKey: key } }, select: { id: true, name: true } });
  if (found) return { ...found, created: false };
  try {
    const made = await db().folder.create({ data: { userId, name: tidyFolderName(name), nameKey: key }, select: { id: true, name: true } });
    return { ...made, created: true };
  } catch (e) {
    // Two saves into one new folder at once: the other request created it.
    if (!isUniqueViolation(e)) throw e;
    const other = await db().folder.findUniqueOrThrow({ where: { userId_nameKey: { userId, nameKey: key } }, select: { id: true, name: true } });
    return { ...other, created: false };
  }
}

export type RenameResult = "renamed" | "not-found" | "taken";

export async function renameFolder(userId: string, folderId: string, name: string): Promise<RenameResult> {
  const key = folderNameKey(name);
  const clash = await db().folder.findUnique({ where: { userId_nameKey: { userId, nameKey: key } }, select: { id: true } });
  if (clash && clash.id !== folderId) return "taken";
  try {
    const r = await db().folder.updateMany({ where: { id: folderId, userId }, data: { name: tidyFolderName(name), nameKey: key } });
    return r.count ? "renamed" : "not-found";
  } catch (e) {
    if (isUniqueViolation(e)) return "taken";
    throw e;
  }
}

/** Delete a folder and its items (never the articles or documents). */
export async function deleteFolder(userId: string, folderId: string): Promise<boolean> {
  const r = await db().folder.deleteMany({ where: { id: folderId, userId } });
  return r.count > 0;
}

export type Saved = { folder: FolderOption; duplicate: boolean };

/**
 * Save an article or document (by its database id) into one of the reader's
 * folders: one insert. Saving it again keeps the first save's date and takes
 * the new note if one was typed.
 */
export async function addItem(folder: FolderOption, item: { articleId: string } | { documentId: string }, note: string): Promise<Saved> {
  try {
    await db().folderItem.create({ data: { folderId: folder.id, ...item, note }, select: { id: true } });
    return { folder, duplicate: false };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    if (note) await db().folderItem.updateMany({ where: { folderId: folder.id, ...item }, data: { note } });
    return { folder, duplicate: true };
  }
}

/** Change an item's note; false when the item is not in one of the reader's folders. */
export async function setItemNote(userId: string, itemId: string, note: string): Promise<boolean> {
  const r = await db().folderItem.updateMany({ where: { id: itemId, folder: { userId } }, data: { note } });
  return r.count > 0;
}

export async function removeItem(userId: string, itemId: string): Promise<boolean> {
  const r = await db().folderItem.deleteMany({ where: { id: itemId, folder: { userId } } });
  return r.count > 0;
}

/** The rows of a folder, newest first, with what every viewer may see of each item (never an article's body). */
export async function folderItemRows(folderId: string) {
  return db().folderItem.findMany({
    where: { folderId },
    orderBy: [{ savedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      note: true,
      savedAt: true,
      article: { select: { id: true, publicId: true, slug: true, headline: true, teaser: true, status: true, publishedAt: true } },
      document: { select: { id: true, title: true, type: true, issuer: true, caseNumber: true, dateIssued: true, summary: true } },
    },
  });
}

/** The public IDs of the articles in one of the owner's folders, newest saved first (a folder's feed, decision 31; the feed drops any no longer published), or null when the folder is not theirs. */
export async function folderArticleIds(userId: string, folderId: string, take: number): Promise<string[] | null> {
  const folder = await db().folder.findFirst({ where: { id: folderId, userId }, select: { id: true } });
  if (!folder) return null;
  const rows = await db().folderItem.findMany({
    where: { folderId, articleId: { not: null } },
    orderBy: [{ savedAt: "desc" }, { id: "desc" }],
    take,
    select: { article: { select: { publicId: true } } },
  });
  return rows.flatMap((r) => (r.article?.publicId ? [r.article.publicId] : []));
}

/** Bodies of the given articles: only for ids the caller has already decided the viewer may read in full. */
export async function articleBodies(articleIds: string[]): Promise<Map<string, string>> {
  if (!articleIds.length) return new Map();
  const rows = await db().article.findMany({ where: { id: { in: articleIds } }, select: { id: true, body: true } });
  return new Map(rows.map((r) => [r.id, r.body]));
}

/** What the save form needs to know about the thing being saved. */
export async function articleToSave(publicId: string) {
  return db().article.findUnique({ where: { publicId }, select: { id: true, slug: true, publicId: true, status: true, publishedAt: true } });
}

export async function documentToSave(id: string) {
  return db().sourceDocument.findUnique({ where: { id }, select: { id: true } });
}
