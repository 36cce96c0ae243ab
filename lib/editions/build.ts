// Building an edition: the stories published since the previous edition,
// the recipient list as of now (fixed, so a resumed send goes to the same
// people), and the PDF kept in storage. Idempotent per business day.
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { storage } from "../storage/index.ts";
import { editionContent } from "./content.ts";
import { renderEditionPdf } from "./pdf.ts";
import { editionRecipients } from "./recipients.ts";
import { publishedWhere } from "../access/index.ts";

const log = logger("editions");

export async function buildEdition(day: string, opts: { from?: Date; to?: Date } = {}): Promise<string> {
  const existing = await db().edition.findUnique({ where: { day }, select: { id: true, status: true } });
  if (existing && existing.status !== "BUILDING") return existing.id;
  const to = opts.to ?? new Date();
  const previous = await db().edition.findFirst({ where: { day: { lt: day } }, orderBy: { day: "desc" }, select: { periodEnd: true } });
  const from = opts.from ?? previous?.periodEnd ?? new Date(to.getTime() - 24 * 3_600_000);
  const articles = await db().article.findMany({
    where: { ...publishedWhere(to), publishedAt: { gt: from, lte: to } },
    select: { id: true },
    orderBy: { publishedAt: "asc" },
  });
  // Who may read it is decided as of now, whatever window the stories come from.
  const recipients = await editionRecipients(new Date());
  const edition = await db().$transaction(async (tx) => {
    const e = existing
      ? await tx.edition.update({ where: { id: existing.id }, data: { periodStart: from, periodEnd: to } })
      : await tx.edition.create({ data: { day, periodStart: from, periodEnd: to } });
    await tx.editionItem.deleteMany({ where: { editionId: e.id } });
    await tx.editionItem.createMany({ data: articles.map((a, position) => ({ editionId: e.id, articleId: a.id, position })) });
    await tx.editionDelivery.createMany({ data: recipients.map((r) => ({ editionId: e.id, userId: r.userId, email: r.email })), skipDuplicates: true });
    return e;
  });
  const content = await editionContent(edition.id);
  const { pdf, pages } = await renderEditionPdf(content!);
  const pdfKey = `editions/${day}.pdf`;
  await storage().put(pdfKey, pdf);
  await db().edition.update({ where: { id: edition.id }, data: { pdfKey, pdfBytes: pdf.length, pdfPages: pages, status: "READY" } });
  log.info("edition built", { day, stories: articles.length, recipients: recipients.length, pages });
  return edition.id;
}
