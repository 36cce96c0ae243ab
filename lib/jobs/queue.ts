// pg-boss on the same PostgreSQL: durable jobs that survive restarts.
import PgBoss from "pg-boss";
import { config } from "../config.ts";
import { logger } from "../log.ts";

const log = logger("jobs");

export const QUEUES = {
  publishDue: "publish-due",
  extractDocument: "extract-document",
  editionDaily: "edition-daily",
  editionSend: "edition-send",
  alertMatch: "search-alerts-match",
  alertSend: "search-alerts-send",
  alertDigest: "search-alerts-digest",
  usageRollup: "usage-rollup",
  usageFrontLog: "usage-front-log",
} as const;

const g = globalThis as unknown as { tldBoss?: Promise<PgBoss> };

export function boss(): Promise<PgBoss> {
  g.tldBoss ??= (async () => {
    const url = config().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const b = new PgBoss({ connectionString: url, max: 3, schema: "pgboss" });
    b.on("error", (e) => {
      // 57P01: the server ended the connection because it is shutting down (Ctrl-C reaches the
      // embedded PostgreSQL too) or restarting; pg-boss reconnects. Not an error of ours.
      if ((e as { code?: string }).code === "57P01") log.warn("database connection closed by the server (shutting down or restarting)");
      else log.error("pg-boss error", { error: (e as Error).message });
    });
    await b.start();
    for (const q of Object.values(QUEUES)) await b.createQueue(q);
    return b;
  })();
  return g.tldBoss;
}

/** Ask the worker to publish due stories at `at` (and the minute sweep catches anything missed). */
export async function enqueuePublish(articleId: string, at: Date): Promise<void> {
  const b = await boss();
  await b.send(QUEUES.publishDue, { articleId }, { startAfter: at, retryLimit: 5, retryDelay: 5 });
}

export async function enqueueExtraction(documentId: string): Promise<void> {
  const b = await boss();
  await b.send(QUEUES.extractDocument, { documentId }, { retryLimit: 3, retryDelay: 10, singletonKey: `extract-${documentId}` });
}

export async function enqueueEditionSend(editionId: string, startAfter?: Date): Promise<void> {
  const b = await boss();
  await b.send(QUEUES.editionSend, { editionId }, { retryLimit: 10, retryDelay: 5, retryBackoff: true, ...(startAfter ? { startAfter } : {}) });
}

/** Match a newly published story or a ready document against saved searches (lib/search/jobs.ts). */
export async function enqueueAlertMatch(item: { articleId: string } | { documentId: string }): Promise<void> {
  const b = await boss();
  const key = "articleId" in item ? `alerts-article-${item.articleId}` : `alerts-document-${item.documentId}`;
  await b.send(QUEUES.alertMatch, item, { retryLimit: 5, retryDelay: 30, singletonKey: key });
}
