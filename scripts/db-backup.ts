// npm run db:backup [file] — a consistent logical backup of the database.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./lib/database.ts";
import { backup } from "./lib/backup.ts";
import { reportStartupErrors } from "./lib/preflight.ts";

// A taken port or an unreachable checkout ends with one sentence, not a stack trace.
reportStartupErrors();

const file = process.argv[2] ?? path.join(".data/backups", `tradelaw-${new Date().toISOString().replace(/[:.]/g, "-")}.tldbackup.gz`);
mkdirSync(path.dirname(file), { recursive: true });
const db = await resolveDatabase();
try {
  const h = await backup(db.url, file);
  console.log(`Backup written to ${file}: ${h.tables.reduce((n, t) => n + t.rows, 0)} rows in ${h.tables.length} tables, ${h.migrations.length} migrations.`);
} finally {
  await db.stop();
}
