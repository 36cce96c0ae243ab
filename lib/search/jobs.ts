// Job handlers for alerts, for the pg-boss worker (lib/jobs/worker.ts
// registers them). Matching is one SQL statement per item and sending is
// resumable, so every handler is safe to retry and to run on several workers.
import { z } from "zod";
import { matchAlertsForArticle, matchAlertsForDocument, sendDueAlertEmails } from "./alerts.ts";
import { matchRecentItems } from "./matching.ts";

export const ALERT_QUEUES = {
  /** { articleId } when a story goes live, { documentId } when a document is ready. */
  match: "search-alerts-match",
  /** Instant alerts: every minute, and right after a match. */
  sendInstant: "search-alerts-send",
  /** Daily digests: once a day. */
  sendDaily: "search-alerts-digest",
} as const;

const matchJob = z.union([z.object({ articleId: z.string().min(1).max(64) }), z.object({ documentId: z.string().min(1).max(64) })]);

export async function runAlertMatchJob(data: unknown): Promise<void> {
  const job = matchJob.parse(data);
  const hits = "articleId" in job ? await matchAlertsForArticle(job.articleId) : await matchAlertsForDocument(job.documentId);
  if (hits.length) await sendDueAlertEmails({ instantOnly: true });
}

/** Every minute: sweep recent items (in case a match job was lost), then send instant alerts. */
export async function runInstantAlertsJob(): Promise<void> {
  await matchRecentItems();
  await sendDueAlertEmails({ instantOnly: true });
}

export async function runDailyAlertsJob(): Promise<void> {
  await matchRecentItems();
  await sendDueAlertEmails();
}
