// Run a Next.js command with the services' environment, stopping everything
// we started when it exits or on Ctrl-C.
import { spawn } from "node:child_process";
import { config, ConfigError, reloadConfig } from "../../lib/config.ts";
import { startWorker } from "../../lib/jobs/worker.ts";
import { DEMO_ACCOUNTS } from "../../lib/seed/index.ts";
import { startServices } from "./services.ts";

export async function runWithServices(nextArgs: string[], opts: { seed: boolean; banner: boolean; worker?: boolean }) {
  let c;
  try {
    c = config();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const services = await startServices({ seed: opts.seed });
  const env = { ...process.env, ...services.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (opts.banner) {
    console.log(`\nTrade Law Daily${services.env.TLD_EMBEDDED ? ` — embedded mode (${services.env.TLD_EMBEDDED})` : ""}`);
    console.log(`Site         ${c.siteUrl}`);
    for (const l of services.lines) console.log(l);
    console.log(`Accounts     editor ${DEMO_ACCOUNTS.editor}, admin ${DEMO_ACCOUNTS.admin}, subscriber ${DEMO_ACCOUNTS.subscriber} (sign in by email link)\n`);
  }
  let worker: { stop: () => Promise<void> } | null = null;
  if (opts.worker) {
    // The job worker lives in this launcher process, beside the services it needs.
    Object.assign(process.env, services.env);
    reloadConfig();
    worker = await startWorker();
    console.log("Jobs         worker running (pg-boss on the same PostgreSQL)");
  }
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", ...nextArgs], { stdio: "inherit", env });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill("SIGTERM");
    await worker?.stop().catch(() => {});
    await services.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(130));
  process.on("SIGTERM", () => void shutdown(143));
  child.on("exit", (code) => void shutdown(code ?? 0));
}
