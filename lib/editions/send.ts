// Sending an edition, resumable and exactly-once per recipient as far as SMTP
// allows: rows are claimed in batches (FOR UPDATE SKIP LOCKED, so several
// workers can share the work), marked SENT only after the server accepted the
// message, and failures retried with exponential backoff. A crash between
// SMTP acceptance and the SENT mark is the one window where a reader could
// get a second copy; a row left SENDING is retried after a lease expires.
import { config } from "../config.ts";
import { db } from "../db.ts";
import { renderHeadlineEmail } from "../email/edition-email.tsx";
import { documentBlocks } from "../articles/document.ts";
import { sendMail } from "../email/mailer.ts";
import { logger } from "../log.ts";
import { editionContent, forTopics, type EditionContent } from "./content.ts";
import { emailTopics } from "./preferences.ts";
import { canReadLibrary, isStaff, viewerForUser } from "../access/index.ts";
import { unsubscribeUrl } from "./tokens.ts";

const log = logger("edition-send");
const LEASE_MS = 2 * 60_000;
const MAX_ATTEMPTS = 8;

export class NoSuchEdition extends Error {
  constructor(editionId: string) {
    super(`no edition ${editionId.slice(0, 60)}`);
  }
}

/** The reader's headline email, or null when none of their topics had news in this edition. */
export async function headlineEmailFor(editionId: string, userId: string, topics: string[] = [], whole?: EditionContent) {
  const c = config();
  const all = whole ?? (await editionContent(editionId));
  if (!all) throw new NoSuchEdition(editionId);
  const content = forTopics(all, topics);
  if (!content) return null;
  return renderHeadlineEmail({
    day: content.day,
    siteUrl: c.siteUrl,
    pdfUrl: `${c.siteUrl}/editions/${content.day}/pdf`,
    preferencesUrl: `${c.siteUrl}/account/email`,
    unsubscribeUrl: unsubscribeUrl(userId),
    groups: content.groups.map((g) => ({
      topic: g.topic,
      articles: g.articles.map((a) => ({
        publicId: a.publicId,
        headline: a.headline,
        teaserText: a.teaserText,
        // The teaser only (it is public); its tables reach the email as simple ruled tables.
        teaserBlocks: documentBlocks(a.teaser),
        url: `${c.siteUrl}/articles/${a.publicId}/${a.slug}`,
      })),
    })),
  });
}

/** Why this recipient gets nothing now (access ended, opted out), or null. */
async function reasonNotToSend(userId: string): Promise<string | null> {
  const [viewer, optedOut] = await Promise.all([
    viewerForUser(userId),
    db()
      .user.findUnique({ where: { id: userId }, select: { emailOptOut: true } })
      .then((u) => u?.emailOptOut ?? true),
  ]);
  if (optedOut) return "opted out before the send";
  // Staff read everything but get the email only through a subscription or preview (as when the list was made).
  if (!canReadLibrary({ ...viewer, role: isStaff(viewer) ? null : viewer.role })) return "no access at send time";
  return null;
}

async function claim(editionId: string, n: number) {
  return db().$queryRaw<{ id: string; userId: string; email: string; attempts: number }[]>`
    update "EditionDelivery" set "status" = 'SENDING', "lockedAt" = now()
    where "id" in (
      select "id" from "EditionDelivery"
      where "editionId" = ${editionId}
        and ("status" = 'PENDING'
          or ("status" = 'RETRY' and "nextAttemptAt" <= now())
          or ("status" = 'SENDING' and "lockedAt" < now() - make_interval(secs => ${LEASE_MS / 1000})))
      order by "email" limit ${n}
      for update skip locked)
    returning "id", "userId", "email", "attempts"`;
}

export type SendReport = { sent: number; failed: number; retrying: number; remaining: number };

/** Send what is due now; returns counts, and when the next retry is due if any remain. */
export async function sendEdition(editionId: string, opts: { batchSize?: number; pauseMs?: number } = {}): Promise<SendReport & { nextRetryAt: Date | null }> {
  const c = config();
  const batchSize = opts.batchSize ?? c.EDITION_BATCH_SIZE;
  const pauseMs = opts.pauseMs ?? c.EDITION_BATCH_PAUSE_MS;
  await db().edition.updateMany({ where: { id: editionId, status: "READY" }, data: { status: "SENDING" } });
  const whole = await editionContent(editionId);
  if (!whole) throw new NoSuchEdition(editionId);
  let sent = 0;
  let failed = 0;
  let skipped = 0;
  for (;;) {
    const batch = await claim(editionId, batchSize);
    if (!batch.length) break;
    for (const r of batch) {
      try {
        // Access and choices are read again now, not as of the build: a licence that ended at 05:59 gets nothing at 06:00.
        const why = await reasonNotToSend(r.userId);
        const mail = why ? null : await headlineEmailFor(editionId, r.userId, await emailTopics(r.userId), whole);
        if (why || !mail) {
          await db().editionDelivery.update({ where: { id: r.id }, data: { status: "SKIPPED", skipReason: why ?? "no stories in the reader's topics" } });
          skipped++;
          continue;
        }
        await sendMail({
          to: r.email,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: { "List-Unsubscribe": `<${unsubscribeUrl(r.userId)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "X-Edition": editionId },
        });
        await db().editionDelivery.update({ where: { id: r.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
        sent++;
      } catch (e) {
        const attempts = r.attempts + 1;
        const final = attempts >= MAX_ATTEMPTS;
        const delay = Math.min(30 * 60_000, 5_000 * 2 ** (attempts - 1));
        await db().editionDelivery.update({
          where: { id: r.id },
          data: { status: final ? "FAILED" : "RETRY", attempts, lastError: (e as Error).message.slice(0, 300), nextAttemptAt: new Date(Date.now() + delay) },
        });
        failed++;
      }
    }
    if (pauseMs) await new Promise((res) => setTimeout(res, pauseMs));
  }
  const counts = await db().editionDelivery.groupBy({ by: ["status"], where: { editionId }, _count: true });
  const n = (s: string) => counts.find((x) => x.status === s)?._count ?? 0;
  const remaining = n("PENDING") + n("RETRY") + n("SENDING");
  if (remaining === 0) await db().edition.update({ where: { id: editionId }, data: { status: "SENT", sentAt: new Date() } });
  const next = await db().editionDelivery.findFirst({
    where: { editionId, status: "RETRY" },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true },
  });
  log.info("edition send pass", { editionId, sent, failed, skipped, remaining });
  return { sent, failed, retrying: n("RETRY"), remaining, nextRetryAt: next?.nextAttemptAt ?? null };
}

/** Send one copy to one address (the newsroom's "send a test"), outside the delivery records. */
export async function sendTestEmail(editionId: string, to: string): Promise<boolean> {
  const mail = await headlineEmailFor(editionId, "test");
  if (!mail) return false;
  await sendMail({ to, subject: `[TEST] ${mail.subject}`, text: mail.text, html: mail.html });
  return true;
}

export async function deliveryStatus(editionId: string) {
  const counts = await db().editionDelivery.groupBy({ by: ["status"], where: { editionId }, _count: true });
  return Object.fromEntries(counts.map((c) => [c.status, c._count])) as Partial<
    Record<"PENDING" | "SENDING" | "SENT" | "RETRY" | "FAILED" | "SKIPPED", number>
  >;
}
