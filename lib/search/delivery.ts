// Sending alert emails for recorded hits: one email per hit for instant
// alerts, one digest per alert for daily ones. A hit is claimed with a lease
// (several workers may run), marked SENT only after the SMTP server accepted
// the message, and released for the next run when sending failed. A crash
// between "accepted" and "marked" can repeat one email after the lease ends;
// it can never skip one.
import { documentText } from "../articles/document.ts";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { sendMail } from "../email/mailer.ts";
import { logger } from "../log.ts";
import { alertEmail, DOCUMENT_TYPE_LABELS, type AlertItem } from "./alert-email.ts";
import { alertOwners, type AlertOwner } from "./owners.ts";
import { unsubscribeUrls } from "./unsubscribe.ts";
import { publishedWhere } from "../access/index.ts";

const log = logger("alerts");

const LEASE_MINUTES = 10;
const MAX_ATTEMPTS = 10;
const INSTANT_BATCH = 200;
const DIGEST_ITEMS = 50;
/** A daily alert gets at most one digest in this many hours, however often the job runs. */
const DIGEST_GAP_HOURS = 20;

type Hit = { id: string; alertId: string; articleId: string | null; documentId: string | null; viaFullText: boolean; attempts: number };
type Alert = { id: string; userId: string; name: string; frequency: "INSTANT" | "DAILY"; active: boolean };
export type SendReport = { sent: number; failed: number; skipped: number };

export async function sendDueAlertEmails(opts: { instantOnly?: boolean } = {}): Promise<SendReport> {
  const report: SendReport = { sent: 0, failed: 0, skipped: 0 };
  // Instant hits of any alert; a daily alert's hits are claimed one alert at a time.
  await deliver(await claim({ alertId: null }), report, "INSTANT");
  if (!opts.instantOnly) {
    const due = await db().$queryRaw<{ id: string }[]>`
      select s."id" from "SearchAlert" s
      where s."frequency" = 'DAILY'
        and (s."lastSentAt" is null or s."lastSentAt" < (now() at time zone 'UTC') - make_interval(hours => ${DIGEST_GAP_HOURS}::int))
        and exists (select 1 from "SearchAlertHit" h where h."alertId" = s."id" and h."status" = 'PENDING')`;
    for (const { id } of due) {
      const hits = await claim({ alertId: id });
      const [{ n }] = await db().$queryRaw<{ n: number }[]>`
        select count(*)::int as n from "SearchAlertHit" where "alertId" = ${id}::text and "status" = 'PENDING' and "claimedAt" is null`;
      await deliver(hits, report, "DAILY", n);
    }
  }
  if (report.sent || report.failed) log.info("alert emails", report);
  return report;
}

async function claim({ alertId }: { alertId: string | null }): Promise<Hit[]> {
  const limit = alertId ? DIGEST_ITEMS : INSTANT_BATCH;
  return db().$queryRaw<Hit[]>`
    update "SearchAlertHit" h set "claimedAt" = (now() at time zone 'UTC'), "attempts" = h."attempts" + 1
    where h."id" in (
      select h2."id" from "SearchAlertHit" h2 join "SearchAlert" s on s."id" = h2."alertId"
      where h2."status" = 'PENDING'
        and (h2."claimedAt" is null or h2."claimedAt" < (now() at time zone 'UTC') - make_interval(mins => ${LEASE_MINUTES}::int))
        and (case when ${alertId}::text is null then s."frequency" = 'INSTANT' else s."id" = ${alertId}::text end)
      order by h2."createdAt"
      limit ${limit}::int
      for update of h2 skip locked)
    returning h."id", h."alertId", h."articleId", h."documentId", h."viaFullText", h."attempts"`;
}

async function deliver(hits: Hit[], report: SendReport, mode: "INSTANT" | "DAILY", more = 0) {
  if (!hits.length) return;
  const alerts = await db().$queryRaw<Alert[]>`
    select "id", "userId", "name", "frequency", "active" from "SearchAlert" where "id" = any(${[...new Set(hits.map((h) => h.alertId))]}::text[])`;
  const alertById = new Map(alerts.map((a) => [a.id, a]));
  const owners = await alertOwners(alerts.map((a) => a.userId));
  const items = await itemsFor(hits);

  const sendable: { hit: Hit; alert: Alert; owner: AlertOwner; item: AlertItem }[] = [];
  const skipped: Hit[] = [];
  for (const hit of hits) {
    const alert = alertById.get(hit.alertId);
    const owner = alert && owners.get(alert.userId);
    const item = items.get(hit.articleId ?? hit.documentId ?? "");
    // The owner lost the access the match relied on, the alert was stopped,
    // or the article was unpublished meanwhile: never send it.
    if (!alert?.active || !owner || !item || (hit.viaFullText && !owner.fullText)) skipped.push(hit);
    else sendable.push({ hit, alert, owner, item });
  }
  await mark(skipped, "SKIPPED", "no longer eligible");
  report.skipped += skipped.length;

  const batches = mode === "INSTANT" ? sendable.map((s) => [s]) : sendable.length ? [sendable] : [];
  for (const batch of batches) {
    const { alert, owner } = batch[0];
    const urls = unsubscribeUrls(alert.id);
    const mail = alertEmail({
      alertName: alert.name,
      frequency: mode,
      items: batch.map((b) => b.item),
      more,
      manageUrl: `${config().siteUrl}/account/alerts`,
      unsubscribePageUrl: urls.page,
      oneClickUrl: urls.oneClick,
      siteUrl: config().siteUrl,
    });
    const batchHits = batch.map((b) => b.hit);
    try {
      await sendMail({ to: owner.email, ...mail });
    } catch (e) {
      const message = (e as Error).message.slice(0, 500);
      log.warn("alert email not sent; will retry", { alertId: alert.id, error: message });
      const exhausted = batchHits.filter((h) => h.attempts >= MAX_ATTEMPTS);
      await mark(exhausted, "SKIPPED", `gave up: ${message}`);
      await release(
        batchHits.filter((h) => h.attempts < MAX_ATTEMPTS),
        message,
      );
      report.failed += batchHits.length;
      continue;
    }
    await mark(batchHits, "SENT", null);
    await db().$executeRaw`update "SearchAlert" set "lastSentAt" = (now() at time zone 'UTC') where "id" = ${alert.id}::text`;
    report.sent += batchHits.length;
  }
}

async function mark(hits: Hit[], status: "SENT" | "SKIPPED", note: string | null) {
  if (!hits.length) return;
  await db().$executeRaw`
    update "SearchAlertHit" set "status" = ${status}::text, "claimedAt" = null, "lastError" = ${note}::text,
      "sentAt" = case when ${status}::text = 'SENT' then (now() at time zone 'UTC') else "sentAt" end
    where "id" = any(${hits.map((h) => h.id)}::text[])`;
}

async function release(hits: Hit[], error: string) {
  if (!hits.length) return;
  await db().$executeRaw`update "SearchAlertHit" set "claimedAt" = null, "lastError" = ${error}::text where "id" = any(${hits.map((h) => h.id)}::text[])`;
}

/** Public parts only: the query selects no body and no extracted text. */
async function itemsFor(hits: Hit[]): Promise<Map<string, AlertItem>> {
  const site = config().siteUrl;
  const articleIds = hits.flatMap((h) => (h.articleId ? [h.articleId] : []));
  const documentIds = hits.flatMap((h) => (h.documentId ? [h.documentId] : []));
  const [articles, documents] = await Promise.all([
    articleIds.length
      ? db().article.findMany({
          where: { ...publishedWhere(), id: { in: articleIds } },
          select: { id: true, publicId: true, slug: true, headline: true, teaser: true, publishedAt: true },
        })
      : [],
    documentIds.length
      ? db().sourceDocument.findMany({
          where: { id: { in: documentIds } },
          select: { id: true, title: true, type: true, issuer: true, caseNumber: true, dateIssued: true },
        })
      : [],
  ]);
  const out = new Map<string, AlertItem>();
  for (const a of articles)
    out.set(a.id, {
      kind: "article",
      headline: a.headline,
      teaserText: documentText(a.teaser),
      // Same path as articlePath() in lib/articles/queries.ts (server-only).
      url: `${site}/articles/${a.publicId}/${a.slug}`,
      date: a.publishedAt!.toISOString(),
    });
  for (const d of documents)
    out.set(d.id, {
      kind: "document",
      title: d.title,
      typeLabel: DOCUMENT_TYPE_LABELS[d.type] ?? d.type,
      issuer: d.issuer,
      caseNumber: d.caseNumber,
      date: `${d.dateIssued.toISOString().slice(0, 10)}T12:00:00Z`,
      url: `${site}/documents/${d.id}`,
    });
  return out;
}
