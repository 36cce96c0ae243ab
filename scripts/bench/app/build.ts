// The production build the benchmark serves, in its own dist dir
// (.next-bench) so it never touches a developer's .next or the tests'
// .next-test. Rebuilt only when sources changed since the last bench build.
// Pages prerendered at build time hold the data of the database they were
// built against; resetRenderedPages() removes them and everything ISR wrote
// at run time, so every run renders from its own bench database.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIsStale as sourcesChanged } from "../../lib/build-freshness.ts";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const DIST = ".next-bench";
const distPath = path.join(ROOT, DIST);
const MANIFEST = path.join(distPath, "bench-build-files.json");

export function buildIsStale(): boolean {
  return !existsSync(MANIFEST) || sourcesChanged(ROOT, DIST);
}

function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
  });
}

/** `next build` into .next-bench; returns the seconds it took and its output. */
export async function buildApp(env: NodeJS.ProcessEnv, log: (m: string) => void): Promise<{ seconds: number; output: string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output.slice(-4000)}`);
  // What the build wrote under server/app: prerendered pages among them. Anything else found there later was written by ISR at run time.
  const prerendered = listFiles(path.join(distPath, "server/app")).filter((f) => /\.(html|rsc|meta|body|segments)$|\.segment\.rsc$/.test(f) || f.includes(".segments/"));
  writeFileSync(MANIFEST, JSON.stringify({ builtAt: new Date().toISOString(), prerendered }, null, 1));
  const seconds = Math.round(performance.now() - t0) / 1000;
  log(`built ${DIST} in ${seconds.toFixed(0)} s`);
  return { seconds, output };
}

/**
 * Remove rendered pages: those prerendered at build time (from whatever
 * database the build saw) and those ISR cached in earlier runs. Next.js then
 * renders each on its first request, from this run's database.
 */
export function resetRenderedPages(): number {
  let removed = 0;
  const appDir = path.join(distPath, "server/app");
  const code = /\.(js|js\.map|json|nft\.json)$/;
  for (const f of listFiles(appDir)) {
    if (code.test(f) && !f.endsWith(".meta")) continue;
    if (/\.(html|rsc|meta|body)$/.test(f) || f.includes(".segments/")) {
      rmSync(path.join(appDir, f), { force: true });
      removed++;
    }
  }
  // Next.js 16 keeps pages rendered at run time (ISR) under server/route-cache.
  for (const dir of ["server/route-cache", "cache/fetch-cache"]) {
    const p = path.join(distPath, dir);
    removed += listFiles(p).length;
    rmSync(p, { recursive: true, force: true });
  }
  return removed;
}

export function buildInfo(): { builtAt: string } | null {
  return existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, "utf8")) as { builtAt: string }) : null;
}
