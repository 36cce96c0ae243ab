// The whole system under test, started the way the tests start it: the bench
// PostgreSQL with its dataset, the mail catcher, the Stripe double, the
// .next-bench build, and `next start`. Each part registers its stop in
// cleanup.ts as soon as it runs.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { onCleanup } from "../cleanup.ts";
import { acquireBenchLock } from "../lock.ts";
import { startBenchCluster } from "../db/cluster.ts";
import { ensureDataset, type DatasetInfo, type DatasetSize } from "../db/dataset.ts";
import { freePort } from "../../lib/embedded-pg.ts";
import { buildApp, buildInfo, buildIsStale, resetRenderedPages, ROOT } from "./build.ts";
import { startNext, type NextServer } from "./next-server.ts";
import { startStack } from "./stack.ts";

export type Environment = {
  dataset: DatasetInfo;
  next: NextServer;
  build: { rebuilt: boolean; seconds: number | null; builtAt: string | null };
  /** Start another `next start` of the same build with the same environment (the two-instance line, decision 35). */
  startAnotherNext: () => Promise<NextServer>;
};

export const BENCH_PG_DIR = path.join(ROOT, ".data/bench-pg");
export const PROFILE_DIR = path.join(ROOT, "bench/profiles");

export async function startEnvironment(size: DatasetSize, opts: { fresh: boolean; cpuProf: boolean; log: (m: string) => void }): Promise<Environment> {
  const { log } = opts;
  onCleanup("bench lock", await acquireBenchLock(path.join(ROOT, ".data/bench.lock"), log));
  const cluster = await startBenchCluster(BENCH_PG_DIR, log);
  onCleanup("bench PostgreSQL", cluster.stop);
  log(`PostgreSQL   bench cluster in .data/bench-pg on port ${cluster.port} (pg_stat_statements loaded)`);

  const dataset = await ensureDataset(cluster, size, { fresh: opts.fresh, log });
  log(`Dataset      ${dataset.database}: ${dataset.reused ? `cached (generated ${dataset.generatedAt.slice(0, 16)} in ${dataset.generatorSeconds.toFixed(0)} s)` : `generated in ${dataset.generatorSeconds.toFixed(1)} s`}`);

  const port = await freePort();
  const storageDir = path.join(ROOT, ".data/bench-storage", dataset.database);
  mkdirSync(storageDir, { recursive: true });
  const stack = await startStack({ databaseUrl: dataset.url, port, storageDir });
  onCleanup("mail catcher and Stripe double", stack.stop);

  let build: Environment["build"] = { rebuilt: false, seconds: null, builtAt: buildInfo()?.builtAt ?? null };
  if (buildIsStale()) {
    log("Build        sources changed since the last bench build: next build into .next-bench …");
    const b = await buildApp(stack.env, log);
    build = { rebuilt: true, seconds: b.seconds, builtAt: buildInfo()?.builtAt ?? null };
  } else log(`Build        .next-bench is up to date (built ${build.builtAt?.slice(0, 16)})`);
  const removed = resetRenderedPages();
  // Next's page cache lives in PostgreSQL (decision 35): a reused dataset still holds the last run's pages.
  const pg = new (await import("pg")).default.Client({ connectionString: dataset.url });
  await pg.connect();
  const cached = (await pg.query(`delete from "NextCacheEntry"`)).rowCount ?? 0;
  await pg.end();
  log(`Cache        removed ${removed} rendered page files (prerendered) and ${cached} cached pages in PostgreSQL, so this run renders from its own database`);

  const nodeArgs = opts.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  if (opts.cpuProf) mkdirSync(PROFILE_DIR, { recursive: true });
  // Every bench request comes from 127.0.0.1: lift the per-IP search limit (default 60 a
  // minute) so that the search scenario measures searching, not the "too many searches" page.
  const nextEnv = { ...stack.env, SEARCH_RATE_LIMIT_PER_MINUTE: "10000000" };
  const next = await startNext(nextEnv, port, nodeArgs);
  onCleanup("next start", next.stop);
  log(`Server       next start -H ${next.hostname} at ${next.baseUrl} (pid ${next.pid})`);
  const startAnotherNext = async () => {
    const another = await startNext(nextEnv, await freePort());
    onCleanup("second next start", another.stop);
    return another;
  };
  return { dataset, next, build, startAnotherNext };
}
