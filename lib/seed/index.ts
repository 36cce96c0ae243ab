// Demo content for the embedded default and the tests: the seed page's story
// (2007090041), the two stories it cites, 40+ more across every topic, real
// PDF source documents, and staff accounts. Runs only on an empty database.
import { createHash } from "node:crypto";
import type { Db } from "../db.ts";
import { reservePublicId } from "../articles/public-id.ts";
import { slugify } from "../articles/slug.ts";
import { markdownToDocument } from "../articles/markdown.ts";
import { storage as defaultStorage, type Storage } from "../storage/index.ts";
import { buildEdition } from "../editions/build.ts";
import { editionDayOf } from "../editions/calendar.ts";
import { renderDocumentPdf } from "./document-pdf.ts";
import { articles } from "../../prisma/seed/content/articles.ts";
import { authors } from "../../prisma/seed/content/authors.ts";
import { documents } from "../../prisma/seed/content/documents.ts";
import { topics } from "../../prisma/seed/content/topics.ts";

export const DEMO_ACCOUNTS = {
  editor: "editor@tradelawdaily.test",
  admin: "admin@tradelawdaily.test",
  writer: "writer@tradelawdaily.test",
  subscriber: "subscriber@tradelawdaily.test",
};

export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.article.count()) > 0;
}

export async function seedDemoContent(db: Db, opts: { storage?: Storage; log?: (m: string) => void } = {}) {
  const log = opts.log ?? (() => {});
  const store = opts.storage ?? defaultStorage();

  for (const t of topics) await db.topic.upsert({ where: { slug: t.slug }, create: t, update: { name: t.name, description: t.description } });
  const topicIds = new Map((await db.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));

  for (const a of authors) await db.author.upsert({ where: { slug: a.slug }, create: a, update: { name: a.name, bio: a.bio } });
  const authorIds = new Map((await db.author.findMany({ select: { id: true, name: true } })).map((a) => [a.name, a.id]));

  const documentIds = new Map<string, string>();
  for (const d of documents) {
    const { pdf, pages } = await renderDocumentPdf(d);
    const sha256 = createHash("sha256").update(pdf).digest("hex");
    const fileKey = `documents/${sha256.slice(0, 2)}/${sha256}.pdf`;
    await store.put(fileKey, pdf);
    const row = await db.sourceDocument.upsert({
      where: { sha256 },
      create: {
        title: d.title,
        type: d.type,
        issuer: d.issuer,
        caseNumber: d.caseNumber,
        dateIssued: new Date(`${d.dateIssued}T00:00:00Z`),
        summary: d.summary,
        fileKey,
        fileName: `${d.key}.pdf`,
        sizeBytes: pdf.length,
        sha256,
        pageCount: pages,
        extractedText: d.paragraphs.join("\n\n"),
        extractionStatus: "DONE",
      },
      update: {},
      select: { id: true },
    });
    documentIds.set(d.key, row.id);
  }
  log(`seeded ${documents.length} source documents`);

  for (const a of articles) {
    const missing = [
      ...a.topics.filter((t) => !topicIds.has(t)),
      ...a.authors.filter((n) => !authorIds.has(n)),
      ...a.documents.filter((k) => !documentIds.has(k)),
    ];
    if (missing.length) throw new Error(`seed article ${a.publicId} refers to unknown ${missing.join(", ")}`);
    await db.$transaction(async (tx) => {
      await tx.article.create({
        data: {
          publicId: a.publicId,
          slug: slugify(a.headline),
          headline: a.headline,
          // The demo stories are written in Markdown; what is stored is the document format (decision 24).
          teaser: markdownToDocument(a.teaser),
          body: markdownToDocument(a.body),
          status: "PUBLISHED",
          publishedAt: new Date(a.publishedAt),
          topics: { create: a.topics.map((slug) => ({ topicId: topicIds.get(slug)! })) },
          authors: { create: a.authors.map((name, position) => ({ authorId: authorIds.get(name)!, position })) },
          documents: { create: a.documents.map((key) => ({ documentId: documentIds.get(key)! })) },
        },
      });
      await reservePublicId(tx, a.publicId);
    });
  }
  log(`seeded ${articles.length} articles`);

  await db.user.upsert({
    where: { email: DEMO_ACCOUNTS.editor },
    create: { email: DEMO_ACCOUNTS.editor, name: "Demo Editor", role: "EDITOR" },
    update: { role: "EDITOR" },
  });
  await db.user.upsert({
    where: { email: DEMO_ACCOUNTS.admin },
    create: { email: DEMO_ACCOUNTS.admin, name: "Demo Admin", role: "ADMIN" },
    update: { role: "ADMIN" },
  });
  await db.user.upsert({
    where: { email: DEMO_ACCOUNTS.writer },
    create: { email: DEMO_ACCOUNTS.writer, name: "Demo Writer", role: "WRITER" },
    update: { role: "WRITER" },
  });
  const sub = await db.user.upsert({
    where: { email: DEMO_ACCOUNTS.subscriber },
    create: { email: DEMO_ACCOUNTS.subscriber, name: "Demo Subscriber" },
    update: {},
  });
  const hasComp = await db.subscription.findFirst({ where: { userId: sub.id, complimentary: true }, select: { id: true } });
  if (!hasComp)
    await db.subscription.create({
      data: { userId: sub.id, plan: "complimentary", status: "ACTIVE", complimentary: true, currentPeriodEnd: new Date(Date.now() + 365 * 86_400_000) },
    });
  log("seeded staff and demo subscriber accounts");

  // The demo's last five editions with news (PDF and headline email), built by the
  // same code as the daily job, without recipients: the product is visible on the first run.
  const days = [...new Set(articles.map((a) => editionDayOf(new Date(a.publishedAt))))].sort().slice(-DEMO_EDITIONS);
  for (const day of days) await buildEdition(day, { deliveries: false, client: db, store });
  log(`seeded ${days.length} editions (${days[0]} to ${days.at(-1)})`);
}

/** How many past editions the demo ships. */
export const DEMO_EDITIONS = 5;
