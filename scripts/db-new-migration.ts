// npm run db:migration -- <name> — write prisma/migrations/<timestamp>_<name>/
// from the difference between the committed migrations and schema.prisma.
import path from "node:path";
import { resolveDatabase } from "./lib/database.ts";
import { writeNewMigration } from "./lib/migrate.ts";
import { reportStartupErrors } from "./lib/preflight.ts";

// A taken port or an unreachable checkout ends with one sentence, not a stack trace.
reportStartupErrors();

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. add_article_subtitle)");
  process.exit(2);
}
const db = await resolveDatabase();
try {
  const dir = await writeNewMigration(db.url, name);
  console.log(
    dir
      ? `Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Apply it with: npm run db:migrate`
      : "schema.prisma matches the migrations; nothing to write.",
  );
} finally {
  await db.stop();
}
