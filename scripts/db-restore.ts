// npm run db:restore <file> — restore a backup into an empty database
// (DATABASE_URL, or the embedded one). Files are restored separately: copy
// STORAGE_DIR (or rely on the S3 bucket's own versioning).
import { resolveDatabase } from "./lib/database.ts";
import { restore } from "./lib/backup.ts";
import { reportStartupErrors } from "./lib/preflight.ts";

// A taken port or an unreachable checkout ends with one sentence, not a stack trace.
reportStartupErrors();

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
const db = await resolveDatabase();
try {
  const h = await restore(db.url, file);
  console.log(`Restored ${h.tables.reduce((n, t) => n + t.rows, 0)} rows from ${file} (taken ${h.createdAt}).`);
} catch (e) {
  console.error(`Restore failed, nothing was changed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
