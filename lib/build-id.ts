// Which build this process serves: the id `next build` wrote to its BUILD_ID
// file. /readyz reports it (lib/health.ts) and proxy.ts stamps it on every
// answer (X-Build-Id), so a rolling deploy can tell the old build from the new
// one, response by response (decision 35).
import { readFileSync } from "node:fs";
import path from "node:path";
import { config } from "./config.ts";

export const BUILD_ID_HEADER = "x-build-id";

let cached: string | null = null;

/** The id `next build` gave this build (its BUILD_ID file), or "unknown" outside a production build. */
export function buildId(): string {
  if (cached) return cached;
  try {
    cached = readFileSync(path.resolve(config().NEXT_DIST_DIR, "BUILD_ID"), "utf8").trim() || "unknown";
  } catch {
    cached = "unknown";
  }
  return cached;
}
