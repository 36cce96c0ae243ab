import { defineConfig } from "prisma/config";

// The CLI is used only for `generate` (offline, see scripts/prisma-generate.mjs);
// migrations run through scripts/lib/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
