// Is a production build older than the sources it was built from? Shared by
// the test harness (.next-test) and the benchmark (.next-bench), which both
// rebuild only when something that goes into the build changed. The generated
// Prisma client is skipped as a folder; the schema it is generated from counts.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "pages", "components", "lib", "public"];
const SOURCE_FILES = ["proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs", "prisma/schema.prisma"];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name === "node_modules") continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when `distDir` has no build, or any source is newer than its BUILD_ID. */
export function buildIsStale(root: string, distDir: string): boolean {
  const id = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(id)) return true;
  const built = statSync(id).mtimeMs;
  const dirs = SOURCE_DIRS.filter((d) => existsSync(path.join(root, d))).map((d) => newestMtime(path.join(root, d)));
  const files = SOURCE_FILES.map((f) => (existsSync(path.join(root, f)) ? statSync(path.join(root, f)).mtimeMs : 0));
  return Math.max(...dirs, ...files) > built;
}
