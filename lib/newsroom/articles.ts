// Newsroom article data: the lists editors work from and the editor's view
// of one article. Server-only; every caller has checked the staff role.
import "server-only";
import { z } from "zod";
import { db } from "../db.ts";
import { isPublicId } from "../articles/public-id.ts";
import { publishedWhere } from "../access/index.ts";

export type NewsroomFilter = {
  status?: "DRAFT" | "SCHEDULED" | "PUBLISHED";
  topic?: string;
  author?: string;
  q?: string;
  page?: number;
  /** A writer's list: only these articles (their own). */
  onlyIds?: string[];
};

// URL parameters arrive as the reader typed them (repeated, huge, fractional): anything unusable is "not set".
const text = (max: number) => z.string().trim().max(max).optional().catch(undefined);
export const listPage = z.coerce.number().int().min(1).max(10_000).catch(1);
const newsroomFilter = z.object({ topic: text(60), author: text(60), q: text(1000).transform((s) => s?.slice(0, 200)), page: listPage });

export async function listNewsroomArticles(raw: NewsroomFilter) {
  const f = { ...newsroomFilter.parse(raw), status: raw.status };
  const { q, page } = f;
  const where = {
    ...(raw.onlyIds ? { id: { in: raw.onlyIds } } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.topic ? { topics: { some: { topic: { slug: f.topic } } } } : {}),
    ...(f.author ? { authors: { some: { author: { slug: f.author } } } } : {}),
    ...(q ? (isPublicId(q) ? { publicId: q } : { OR: [{ headline: { contains: q, mode: "insensitive" as const } }, { publicId: { startsWith: q } }] }) : {}),
  };
  const [rows, total] = await Promise.all([
    db().article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }],
      skip: (page - 1) * 30,
      take: 30,
      select: {
        id: true,
        publicId: true,
        headline: true,
        status: true,
        publishedAt: true,
        scheduledAt: true,
        updatedAt: true,
        topics: { select: { topic: { select: { name: true } } } },
        authors: { select: { author: { select: { name: true } } } },
      },
    }),
    db().article.count({ where }),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / 30)) };
}

export async function createDraft(editorId: string) {
  const a = await db().article.create({
    data: { slug: "untitled", headline: "", teaser: "", body: "", lastEditorId: editorId },
    select: { id: true },
  });
  return a.id;
}

export async function articleForEditing(id: string) {
  const a = await db().article.findUnique({
    where: { id },
    select: {
      id: true,
      publicId: true,
      slug: true,
      headline: true,
      teaser: true,
      body: true,
      status: true,
      publishedAt: true,
      scheduledAt: true,
      correctedAt: true,
      version: true,
      updatedAt: true,
      topics: { select: { topic: { select: { slug: true } } } },
      authors: { select: { author: { select: { slug: true } } }, orderBy: { position: "asc" } },
      documents: { select: { document: { select: { id: true, title: true, caseNumber: true, issuer: true } } } },
    },
  });
  if (!a) return null;
  return {
    ...a,
    topics: a.topics.map((t) => t.topic.slug),
    authors: a.authors.map((x) => x.author.slug),
    documents: a.documents.map((d) => d.document),
  };
}

export async function editorChoices() {
  const [topics, authors] = await Promise.all([
    db().topic.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db().author.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { topics, authors };
}

/** For the "(see " helper: published articles by headline words or ID prefix. */
export async function findArticlesForReference(q: string) {
  const term = q.trim().slice(0, 100);
  if (term.length < 2) return [];
  return db().article.findMany({
    where: { ...publishedWhere(), OR: [{ publicId: { startsWith: term } }, { headline: { contains: term, mode: "insensitive" } }] },
    select: { publicId: true, headline: true, publishedAt: true },
    orderBy: { publishedAt: "desc" },
    take: 8,
  });
}

export async function findDocumentsToAttach(q: string) {
  const term = q.trim().slice(0, 100);
  if (term.length < 2) return [];
  return db().sourceDocument.findMany({
    where: {
      OR: [
        { title: { contains: term, mode: "insensitive" } },
        { caseNumber: { contains: term, mode: "insensitive" } },
        { issuer: { contains: term, mode: "insensitive" } },
      ],
    },
    select: { id: true, title: true, caseNumber: true, issuer: true },
    orderBy: { dateIssued: "desc" },
    take: 8,
  });
}
