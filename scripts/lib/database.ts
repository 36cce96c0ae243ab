// Resolve the database the scripts work on: DATABASE_URL when set, otherwise
// the embedded PostgreSQL under .data/pg (started, or reused if already up).
import path from "node:path";
import { config } from "../../lib/config.ts";
import { startEmbeddedPostgres } from "./embedded-pg.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** The embedded PostgreSQL's data folder: pg/ under TLD_DATA_DIR (.data by default). */
export function embeddedDataDir(): string {
  return path.resolve(ROOT, config().TLD_DATA_DIR, "pg");
}

export async function resolveDatabase(): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }> {
  const c = config();
  if (c.DATABASE_URL) return { url: c.DATABASE_URL, embedded: false, stop: async () => {} };
  const pg = await startEmbeddedPostgres({
    dataDir: embeddedDataDir(),
    port: c.EMBEDDED_PG_PORT,
    database: "tradelaw",
    log: (line) => {
      if (/FATAL|ERROR|PANIC/.test(line) && !/terminating connection due to administrator|the database system is shutting down/.test(line))
        console.error(`[postgres] ${line}`);
    },
  });
  return { url: pg.url, embedded: true, stop: pg.stop };
}
