// Run a Next.js command with the services' environment, stopping everything
// we started when it exits or on Ctrl-C.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { config, ConfigError, reloadConfig } from "../../lib/config.ts";
import { startWorker } from "../../lib/jobs/worker.ts";
import { DEMO_ACCOUNTS } from "../../lib/seed/index.ts";
import { portTaken, requireFreePort, StartupError } from "./preflight.ts";
import { buildIdOf, Instances } from "./instances.ts";
import { takeOverStopSignals } from "./processes.ts";
import { startServices, type Services } from "./services.ts";
import { freePort, hasNginx, nextHostname, NGINX, NGINX_INSTALL, startFront, type Nginx } from "./front.ts";

async function answering(url: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      await r.arrayBuffer();
      if (r.status < 500) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/**
 * `front`: serve through the nginx front (scripts/lib/front.ts) on `front.port`,
 * with next start behind it on an internal loopback port. Without nginx, next
 * serves `front.port` itself, with a warning.
 */
export async function runWithServices(
  nextArgs: string[],
  opts: { seed: boolean; banner: boolean; worker?: boolean; front?: { port: number }; instances?: number; behindFront?: boolean },
) {
  let c;
  try {
    c = config();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  let services: Services;
  try {
    await requireFreePort(c.PORT, "the site", "PORT");
    services = await startServices({ seed: opts.seed });
  } catch (e) {
    if (e instanceof StartupError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...services.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (opts.banner) {
    console.log(`\nTrade Law Daily${services.env.TLD_EMBEDDED ? ` — embedded mode (${services.env.TLD_EMBEDDED})` : ""}`);
    console.log(`Site         ${c.siteUrl}`);
    for (const l of services.lines) console.log(l);
    console.log(
      `Accounts     editor ${DEMO_ACCOUNTS.editor}, writer ${DEMO_ACCOUNTS.writer}, admin ${DEMO_ACCOUNTS.admin}, subscriber ${DEMO_ACCOUNTS.subscriber} (sign in by email link)\n`,
    );
  }
  let worker: { stop: () => Promise<void> } | null = null;
  // The front's read log (decision 28), read by this launcher's worker.
  const readsLog = path.resolve(c.TLD_DATA_DIR, "front", "reads.log");
  if (opts.front && hasNginx() && !process.env.FRONT_READS_LOG) {
    mkdirSync(path.dirname(readsLog), { recursive: true });
    process.env.FRONT_READS_LOG = readsLog;
  }
  if (opts.worker) {
    // The job worker lives in this launcher process, beside the services it needs.
    Object.assign(process.env, services.env);
    reloadConfig();
    worker = await startWorker();
    console.log("Jobs         worker running (pg-boss on the same PostgreSQL)");
  }
  if (opts.instances !== undefined && opts.front && hasNginx())
    return runInstances(opts.instances, { port: opts.front.port, front: true }, env, services, worker);
  if (opts.instances !== undefined && opts.behindFront) return runInstances(opts.instances, { port: c.PORT, front: false }, env, services, worker);
  let args = nextArgs;
  let internal: number | null = null;
  if (opts.front && hasNginx()) {
    internal = await freePort();
    args = [...nextArgs, "--hostname", await nextHostname(), "--port", String(internal)];
    // Links the app writes (canonical URLs, magic links, Stripe return URLs) must name the
    // front's port, not the internal one next start listens on.
    if (!process.env.SITE_URL) env.SITE_URL = c.siteUrl;
    // The app purges this front's copies on a takedown or publish (lib/cache/invalidate.ts).
    if (!process.env.FRONT_URL) env.FRONT_URL = `http://127.0.0.1:${opts.front.port}`;
  } else if (opts.front) {
    args = [...nextArgs, "--port", String(opts.front.port)];
    console.warn(
      `Front        WARNING: no nginx at ${NGINX}; next start serves port ${opts.front.port} directly. ` +
        `Anonymous pages are then not cached in front of Node and cached pages get no script nonces (CSP without script-src). ` +
        `Install nginx (${NGINX_INSTALL}) to run as in production (docs/decisions/0010-security-headers.md).`,
    );
  }
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", ...args], { stdio: "inherit", env });
  const childExited = new Promise<void>((r) => child.once("exit", () => r()));
  let front: Nginx | null = null;
  let stopping = false;
  // Ctrl-C, a process manager's SIGTERM (npm's scripts `exec` this process, so it is
  // the one signalled) and a launcher left behind by its parent all end the same way:
  // next first (waited for, SIGKILLed after 10 s), then the worker, then the services.
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await front?.stop().catch(() => {});
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await childExited;
      clearTimeout(timer);
    }
    await worker?.stop().catch(() => {});
    await services.stop();
    process.exit(code);
  };
  takeOverStopSignals();
  process.on("SIGINT", () => void shutdown(130));
  process.on("SIGTERM", () => void shutdown(143));
  process.on("SIGHUP", () => void shutdown(129));
  child.on("exit", (code) => void shutdown(code ?? 0));
  // A parent killed outright (SIGKILL to npm) cannot pass a signal on; its orphan notices.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown(143);
  }, 1000).unref();
  if (opts.front && internal !== null) {
    if (!(await answering(`http://localhost:${internal}/robots.txt`, 120_000))) {
      console.error(`next start did not answer on port ${internal} within 120 s`);
      return void shutdown(1);
    }
    try {
      front = await startFront({
        upstream: `http://localhost:${internal}`,
        port: opts.front.port,
        publicAddress: true,
        maxBodyMb: c.MAX_UPLOAD_MB + 10,
        log: (l) => process.stderr.write(`[nginx] ${l}`),
        readsLog: process.env.FRONT_READS_LOG,
      });
    } catch (e) {
      console.error(`Front        could not start nginx: ${(e as Error).message}`);
      return void shutdown(1);
    }
    console.log(`Front        nginx on port ${opts.front.port} (page cache for anonymous pages, script nonces) → next start on localhost:${internal}`);
  }
}

/** Where `npm start -- --instances N` says what it runs, and where `npm run deploy:rolling` asks it to roll. */
export function runFiles(dataDir = config().TLD_DATA_DIR) {
  const dir = path.resolve(dataDir, "run");
  return { dir, state: path.join(dir, "instances.json"), request: path.join(dir, "deploy-request.json"), result: path.join(dir, "deploy-result.json") };
}

export type RunState = {
  launcherPid: number;
  front: string;
  instances: { url: string; pid?: number }[];
  distDir: string;
  buildId: string;
  /** The services' settings the instances run with (DATABASE_URL, the mail catcher's, the Stripe double's): a rolling deploy builds against them. */
  env: Record<string, string>;
};
export type DeployResult = { requestedAt: number; ok: boolean; buildId?: string; distDir?: string; error?: string; seconds?: number };

/** `count` ports in a row, from `from` up, every one free. */
async function consecutiveFreePorts(from: number, count: number): Promise<number[]> {
  for (let base = from; base < from + 200; base++) {
    const ports = Array.from({ length: count }, (_, i) => base + i);
    let free = true;
    for (const p of ports) if (await portTaken(p)) free = false;
    if (free) return ports;
  }
  throw new StartupError(`No ${count} free ports in a row above ${from} for the app's instances: set PORT elsewhere.`);
}

/**
 * npm start's production shape (decision 35): `count` next start processes on
 * consecutive loopback ports above PORT, the front on PORT with all of them as
 * its upstream, one job worker (this process). Behind a system's nginx
 * (`front: false`): the instances on PORT, PORT+1, ... and no front child. An
 * instance that dies is started again; SIGUSR2 (sent by `npm run
 * deploy:rolling`) replaces them one at a time with the build named in the
 * deploy request (the front passes what a restarting instance refuses to
 * the others).
 */
async function runInstances(
  count: number,
  where: { port: number; front: boolean },
  env: NodeJS.ProcessEnv,
  services: Services,
  worker: { stop: () => Promise<void> } | null,
) {
  const c = config();
  const port = where.port;
  const files = runFiles();
  mkdirSync(files.dir, { recursive: true });
  let ports: number[];
  try {
    if (where.front) ports = await consecutiveFreePorts(port + 1, count);
    else {
      ports = Array.from({ length: count }, (_, i) => port + i);
      for (const p of ports.slice(1)) await requireFreePort(p, `instance ${p - port + 1}`, "PORT");
    }
  } catch (e) {
    console.error((e as Error).message);
    await worker?.stop().catch(() => {});
    await services.stop();
    process.exit(1);
  }
  if (!process.env.SITE_URL) env.SITE_URL = c.siteUrl;
  if (!process.env.FRONT_URL && where.front) env.FRONT_URL = `http://127.0.0.1:${port}`;
  let distDir = c.NEXT_DIST_DIR;
  const instances = new Instances({
    ports,
    hostname: await nextHostname(),
    env,
    distDir,
    output: (i, chunk) => process.stdout.write(count > 1 ? chunk.replace(/^(?=.)/gm, `[${i + 1}] `) : chunk),
    log: (l) => console.log(`Instances    ${l}`),
    // The state file names each instance's pid: rewritten whenever one (re)starts, once all have.
    started: () => {
      if (stateWritten) writeState();
    },
  });
  let stateWritten = false;
  let front: Nginx | null = null;
  let stopping = false;
  const writeState = () =>
    writeFileSync(
      files.state,
      JSON.stringify({
        launcherPid: process.pid,
        front: where.front ? `http://127.0.0.1:${port}` : "external",
        instances: instances.urls.map((url, i) => ({ url, pid: instances.pid(i) })),
        distDir,
        buildId: buildIdOf(distDir),
        env: services.env,
      } satisfies RunState),
      // It names the database's address and password: the launcher's user only.
      { mode: 0o600 },
    );
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await front?.stop().catch(() => {});
    await instances.stopAll().catch(() => {});
    await worker?.stop().catch(() => {});
    await services.stop();
    rmSync(files.state, { force: true });
    process.exit(code);
  };
  takeOverStopSignals();
  process.on("SIGINT", () => void shutdown(130));
  process.on("SIGTERM", () => void shutdown(143));
  process.on("SIGHUP", () => void shutdown(129));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown(143);
  }, 1000).unref();
  let rolling = false;
  process.on("SIGUSR2", () => {
    if (rolling || stopping || !existsSync(files.request)) return;
    rolling = true;
    const request = JSON.parse(readFileSync(files.request, "utf8")) as { distDir: string; requestedAt: number };
    const t0 = Date.now();
    console.log(`Deploy       rolling ${count} instance(s) onto ${request.distDir}`);
    void instances
      .roll(request.distDir)
      .then(
        (buildId) => {
          distDir = request.distDir;
          writeState();
          const result: DeployResult = { requestedAt: request.requestedAt, ok: true, buildId, distDir, seconds: (Date.now() - t0) / 1000 };
          writeFileSync(files.result, JSON.stringify(result));
          console.log(`Deploy       done: build ${buildId} on every instance in ${result.seconds!.toFixed(1)} s`);
        },
        (e: Error) => {
          writeFileSync(files.result, JSON.stringify({ requestedAt: request.requestedAt, ok: false, error: e.message } satisfies DeployResult));
          console.error(`Deploy       failed: ${e.message}`);
        },
      )
      .finally(() => (rolling = false));
  });
  try {
    await instances.startAll();
    if (where.front)
      front = await startFront({
        upstream: instances.urls.join(","),
        port,
        publicAddress: true,
        maxBodyMb: c.MAX_UPLOAD_MB + 10,
        log: (l) => process.stderr.write(`[nginx] ${l}`),
        readsLog: process.env.FRONT_READS_LOG,
      });
  } catch (e) {
    console.error(`Instances    could not start: ${(e as Error).message}`);
    return void shutdown(1);
  }
  writeState();
  stateWritten = true;
  if (!where.front) {
    console.log(
      `Front        external: ${count} next start instance(s) on ${ports.map((p) => `localhost:${p}`).join(", ")} (npm run front:conf -- --upstream ${ports.map((p) => `127.0.0.1:${p}`).join(",")})`,
    );
    return;
  }
  console.log(
    `Front        nginx on port ${port} (page cache for anonymous pages, script nonces) → ${count} next start instance(s) on ${ports.map((p) => `localhost:${p}`).join(", ")}`,
  );
}
