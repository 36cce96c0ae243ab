// npm run worker — the job worker on its own (DATABASE_URL required, or the
// embedded database must already be running, e.g. from `npm run dev`).
import { config, reloadConfig } from "../lib/config.ts";
import { startWorker } from "../lib/jobs/worker.ts";
import { resolveDatabase } from "./lib/database.ts";
import { reportStartupErrors } from "./lib/preflight.ts";
import { takeOverStopSignals } from "./lib/processes.ts";

// A taken port or an unreachable checkout ends with one sentence, not a stack trace.
reportStartupErrors();

if (!config().DATABASE_URL) {
  const d = await resolveDatabase();
  process.env.DATABASE_URL = d.url;
  reloadConfig();
}
const w = await startWorker();
console.log("Worker running; Ctrl-C stops it.");
const stop = async () => {
  await w.stop();
  process.exit(0);
};
takeOverStopSignals();
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
