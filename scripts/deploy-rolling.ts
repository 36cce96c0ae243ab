// npm run deploy:rolling — replace the running `npm start` instances with a new
// build, one at a time, with no request lost (decision 35). Builds the checkout
// as it is now into a new folder (.next-deploy-<time>; the running build keeps
// its own folder, which next start reads from while it serves), or takes one
// already built with --dist DIR. Then asks the launcher (SIGUSR2) to roll:
// for each instance, the front stops sending it new requests, it is stopped
// gracefully (SIGTERM: it finishes what it has), started on the new build and
// waited for until /readyz answers 200 with the new build id; then the next.
// Prints the outcome and exits 0, or 1 with the reason.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { runFiles, type DeployResult, type RunState } from "./lib/run-next.ts";
import { buildIdOf } from "./lib/instances.ts";
import { applyMigrations } from "./lib/migrate.ts";

const { values } = parseArgs({ options: { dist: { type: "string" }, "timeout-seconds": { type: "string", default: "900" } } });
const files = runFiles();
if (!existsSync(files.state)) {
  console.error(`No running \`npm start\` here (${files.state} is missing): start it first.`);
  process.exit(1);
}
const state = JSON.parse(readFileSync(files.state, "utf8")) as RunState;
try {
  process.kill(state.launcherPid, 0);
} catch {
  console.error(`The launcher named in ${files.state} (pid ${state.launcherPid}) is not running: start npm start again.`);
  process.exit(1);
}
let distDir = values.dist;
if (!distDir) {
  distDir = `.next-deploy-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`;
  console.log(`Building into ${distDir} (the running build, ${state.distDir}, keeps serving meanwhile)`);
  // Against the running site's services (npm run build would start its own, whose ports the
  // running ones hold): its database, migrated first (a migration must suit the old build
  // too while both run: add, do not drop), then `next build` as npm run build runs it.
  // next build adds its folder's types to tsconfig.json (and reformats it): a deploy leaves the checkout as it found it.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  let r;
  if (state.env?.DATABASE_URL) {
    const applied = await applyMigrations(state.env.DATABASE_URL);
    if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
    r = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, ...state.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" } });
  } else r = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir } });
  writeFileSync("tsconfig.json", tsconfig);
  if (r.status !== 0) {
    console.error("The build failed; nothing was restarted.");
    process.exit(1);
  }
}
if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.error(`${distDir} holds no build (no BUILD_ID).`);
  process.exit(1);
}
if (state.instances.length < 2) console.warn("One instance only: while it restarts the front has no one to send readers to (run npm start -- --instances 2).");
const requestedAt = Date.now();
rmSync(files.result, { force: true });
writeFileSync(files.request, JSON.stringify({ distDir, requestedAt }));
process.kill(state.launcherPid, "SIGUSR2");
console.log(`Rolling ${state.instances.length} instance(s) from build ${state.buildId} to ${buildIdOf(distDir)}…`);
const until = Date.now() + Number(values["timeout-seconds"]) * 1000;
for (;;) {
  if (existsSync(files.result)) {
    const result = JSON.parse(readFileSync(files.result, "utf8")) as DeployResult;
    if (result.requestedAt === requestedAt) {
      if (!result.ok) {
        console.error(`Rolling deploy failed: ${result.error}`);
        process.exit(1);
      }
      console.log(
        `Every instance serves build ${result.buildId} (${result.seconds?.toFixed(1)} s). The previous build's folder, ${state.distDir}, can go once you are sure.`,
      );
      break;
    }
  }
  if (Date.now() > until) {
    console.error(`No answer from the launcher within ${values["timeout-seconds"]} s; see its output.`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 500));
}
