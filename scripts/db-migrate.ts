// npm run db:migrate — apply prisma/migrations/* offline; a no-op when up to date.
import { resolveDatabase } from "./lib/database.ts";
import { applyMigrations } from "./lib/migrate.ts";
import { reportStartupErrors } from "./lib/preflight.ts";

// A taken port or an unreachable checkout ends with one sentence, not a stack trace.
reportStartupErrors();

const db = await resolveDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date; no migration applied.");
} finally {
  await db.stop();
}
