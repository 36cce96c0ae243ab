// npm run db:seed — demo content into an empty database (migrating first).
import { createDb } from "../lib/db.ts";
import { isSeeded, seedDemoContent } from "../lib/seed/index.ts";
import { resolveDatabase } from "./lib/database.ts";
import { applyMigrations } from "./lib/migrate.ts";
import { reportStartupErrors } from "./lib/preflight.ts";

// A taken port or an unreachable checkout ends with one sentence, not a stack trace.
reportStartupErrors();

const database = await resolveDatabase();
const db = createDb(database.url);
try {
  await applyMigrations(database.url);
  if (await isSeeded(db)) console.log("Database already has articles; seed skipped.");
  else await seedDemoContent(db, { log: (m) => console.log(m) });
} finally {
  await db.$disconnect();
  await database.stop();
}
