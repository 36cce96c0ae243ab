// Building an edition: the stories of its window (the previous business day's
// edition time to this day's, New York: lib/editions/calendar.ts), the
// recipient list as of now (fixed, so a resumed send goes to the same people;
// each recipient's access and topics are checked again when sending), and the
// PDF kept in storage. Idempotent per business day.
import { db, type Db } from "../db.ts";
import { logger } from "../log.ts";
import { storage, type Storage } from "../storage/index.ts";
import { editionContent } from "./content.ts";
import { renderEditionPdf } from "./pdf.ts";
import { editionRecipients } from "./recipients.ts";
import { editionWindow } from "./calendar.ts";
import { publishedWhere } from "../access/index.ts";

const log = logger("editions");

export type BuildOptions = {
  from?: Date;
  to?: Date;
  /** false: no recipients (the demo's editions, archive rebuilds). */
  deliveries?: boolean;
  /** Another database and store than the app's (the demo seed of a test or bench database). */
  client?: Db;
  store?: Storage;
};

export async function buildEdition(day: string, opts: BuildOptions = {}): Promise<string> {
  const client = opts.client ?? db();
  const existing = await client.edition.findUnique({ where: { day }, select: { id: true, status: true } });
  if (existing && existing.status !== "BUILDING") return existing.id;
  const window = editionWindow(day);
  const to = opts.to ?? window.to;
  const from = opts.from ?? window.from;
  const articles = await client.article.findMany({
    where: { ...publishedWhere(to), publishedAt: { gt: from, lte: to } },
    select: { id: true },
    orderBy: { publishedAt: "asc" },
  });
  // Who may receive it is decided as of now (and again at send time); a demo or archive edition has none.
  const recipients = opts.deliveries === false ? [] : await editionRecipients(new Date());
  const edition = await client.$transaction(async (tx) => {
    const e = existing
      ? await tx.edition.update({ where: { id: existing.id }, data: { periodStart: from, periodEnd: to } })
      : await tx.edition.create({ data: { day, periodStart: from, periodEnd: to } });
    await tx.editionItem.deleteMany({ where: { editionId: e.id } });
    await tx.editionItem.createMany({ data: articles.map((a, position) => ({ editionId: e.id, articleId: a.id, position })) });
    await tx.editionDelivery.createMany({ data: recipients.map((r) => ({ editionId: e.id, userId: r.userId, email: r.email })), skipDuplicates: true });
    return e;
  });
  const content = await editionContent(edition.id, client);
  const { pdf, pages } = await renderEditionPdf(content!);
  const pdfKey = `editions/${day}.pdf`;
  await (opts.store ?? storage()).put(pdfKey, pdf);
  await client.edition.update({ where: { id: edition.id }, data: { pdfKey, pdfBytes: pdf.length, pdfPages: pages, status: "READY" } });
  log.info("edition built", { day, stories: articles.length, recipients: recipients.length, pages });
  return edition.id;
}
