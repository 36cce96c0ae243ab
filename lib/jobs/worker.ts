// The job worker: runs inside `npm run dev` / `npm start` (in the launcher
// process) or alone with `npm run worker`. Several workers may run at once.
import { config } from "../config.ts";
import { extractDocument, extractPending } from "../documents/extract.ts";
import { logger } from "../log.ts";
import { publishDue } from "../newsroom/publishing.ts";
import { buildEdition } from "../editions/build.ts";
import { isBusinessDay, newYorkDay } from "../editions/calendar.ts";
import { sendEdition } from "../editions/send.ts";
import { db } from "../db.ts";
import { runAlertMatchJob, runDailyAlertsJob, runInstantAlertsJob } from "../search/jobs.ts";
import { boss, enqueueEditionSend, QUEUES } from "./queue.ts";
import { rollupAndPrune } from "../usage/rollup.ts";
import { ingestFrontLog } from "../usage/front-log.ts";

const log = logger("worker");

/** WORKER_QUEUES limits a worker to some queues (comma-separated); empty means all. */
function wanted(queue: string): boolean {
  const only = config()
    .WORKER_QUEUES.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return only.length === 0 || only.includes(queue);
}

export async function startWorker(): Promise<{ stop: () => Promise<void> }> {
  const b = await boss();
  let caughtUp = 0;
  if (wanted(QUEUES.publishDue)) {
    await b.work(QUEUES.publishDue, { pollingIntervalSeconds: 1 }, async () => {
      await publishDue();
    });
    // The sweep: every minute, whatever is due (also after a restart or a lost job).
    await b.schedule(QUEUES.publishDue, "* * * * *", {}, { tz: "America/New_York" });
    caughtUp += (await publishDue()).length;
  }
  if (wanted(QUEUES.extractDocument)) {
    await b.work<{ documentId?: string }>(QUEUES.extractDocument, { pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job?.data?.documentId) await extractDocument(job.data.documentId);
      else await extractPending();
    });
    await b.schedule(QUEUES.extractDocument, "*/5 * * * *", {}, { tz: "America/New_York" });
  }
  if (wanted(QUEUES.editionSend)) {
    await b.work<{ editionId: string }>(QUEUES.editionSend, { pollingIntervalSeconds: 1 }, async ([job]) => {
      const r = await sendEdition(job.data.editionId);
      // Deliveries waiting on a backoff: come back when the first is due.
      if (r.remaining > 0) await enqueueEditionSend(job.data.editionId, r.nextRetryAt ?? new Date(Date.now() + 30_000));
    });
    // Resume sends interrupted by a crash or restart.
    const interrupted = await db().edition.findMany({ where: { status: "SENDING" }, select: { id: true } });
    for (const e of interrupted) await enqueueEditionSend(e.id);
  }
  if (wanted(QUEUES.editionDaily)) {
    const [hh, mm] = config().EDITION_TIME.split(":").map(Number);
    await b.work(QUEUES.editionDaily, async () => {
      const day = newYorkDay(new Date());
      if (!isBusinessDay(day)) return log.info("no edition today", { day });
      const id = await buildEdition(day);
      await enqueueEditionSend(id);
    });
    await b.schedule(QUEUES.editionDaily, `${mm} ${hh} * * 1-5`, {}, { tz: "America/New_York" });
  }
  if (wanted(QUEUES.alertMatch))
    await b.work<{ articleId?: string; documentId?: string }>(QUEUES.alertMatch, { pollingIntervalSeconds: 1 }, async ([job]) => runAlertMatchJob(job?.data));
  if (wanted(QUEUES.alertSend)) {
    // Every minute: re-match the last 2 hours' items (idempotent) and send instant alerts.
    await b.work(QUEUES.alertSend, { pollingIntervalSeconds: 5 }, async () => runInstantAlertsJob());
    await b.schedule(QUEUES.alertSend, "* * * * *", {}, { tz: "America/New_York" });
  }
  if (wanted(QUEUES.alertDigest)) {
    await b.work(QUEUES.alertDigest, { pollingIntervalSeconds: 30 }, async () => runDailyAlertsJob());
    await b.schedule(QUEUES.alertDigest, "0 7 * * *", {}, { tz: "America/New_York" });
  }
  if (wanted(QUEUES.usageRollup)) {
    // Every 10 minutes: roll finished days' reads up and forget raw reads past READ_EVENTS_DAYS.
    await b.work(QUEUES.usageRollup, { pollingIntervalSeconds: 30 }, async () => {
      await rollupAndPrune();
    });
    await b.schedule(QUEUES.usageRollup, "*/10 * * * *", {}, { tz: "America/New_York" });
  }
  if (wanted(QUEUES.usageFrontLog) && config().FRONT_READS_LOG) {
    // Every minute: the reads the front served from its cache (decision 28).
    await b.work(QUEUES.usageFrontLog, { pollingIntervalSeconds: 10 }, async () => {
      await ingestFrontLog();
    });
    await b.schedule(QUEUES.usageFrontLog, "* * * * *", {}, { tz: "America/New_York" });
  }
  log.info("worker started", { caughtUp, queues: config().WORKER_QUEUES || "all" });
  return {
    stop: async () => {
      await b.stop({ graceful: true, timeout: 5000 });
    },
  };
}
