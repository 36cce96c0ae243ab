// The job worker: runs inside `npm run dev` / `npm start` (in the launcher
// process) or alone with `npm run worker`. Several workers may run at once.
import { config } from "../config.ts";
import { extractDocument, extractPending } from "../documents/extract.ts";
import { logger } from "../log.ts";
import { publishDue } from "../newsroom/publishing.ts";
import { boss, QUEUES } from "./queue.ts";

const log = logger("worker");

/** WORKER_QUEUES limits a worker to some queues (comma-separated); empty means all. */
function wanted(queue: string): boolean {
  const only = config().WORKER_QUEUES.split(",").map((s) => s.trim()).filter(Boolean);
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
  log.info("worker started", { caughtUp, queues: config().WORKER_QUEUES || "all" });
  return {
    stop: async () => {
      await b.stop({ graceful: true, timeout: 5000 });
    },
  };
}
