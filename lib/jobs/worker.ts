// The job worker: runs inside `npm run dev` / `npm start` (in the launcher
// process) or alone with `npm run worker`. Several workers may run at once.
import { logger } from "../log.ts";
import { publishDue } from "../newsroom/publishing.ts";
import { boss, QUEUES } from "./queue.ts";

const log = logger("worker");

export async function startWorker(): Promise<{ stop: () => Promise<void> }> {
  const b = await boss();
  await b.work(QUEUES.publishDue, { pollingIntervalSeconds: 1 }, async () => {
    await publishDue();
  });
  // The sweep: every minute, whatever is due (also after a restart or a lost job).
  await b.schedule(QUEUES.publishDue, "* * * * *", {}, { tz: "America/New_York" });
  const caughtUp = await publishDue();
  log.info("worker started", { caughtUp: caughtUp.length });
  return {
    stop: async () => {
      await b.stop({ graceful: true, timeout: 5000 });
    },
  };
}
