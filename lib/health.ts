// The health probes (README "Monitoring"). Liveness (/healthz): this process
// answers requests; it touches nothing else, so a database outage never makes
// an orchestrator restart healthy app processes. Readiness (/readyz): this
// instance can serve readers now (PostgreSQL answers a query, storage answers
// a lookup) and which build it runs, so a rolling deploy can wait for it and
// tell the old build from the new one. Reasons are short and fixed; details go
// to the log, never to the answer.
import { buildId } from "./build-id.ts";
import { config } from "./config.ts";
import { db } from "./db.ts";
import { databaseReachable } from "./db-health.ts";
import { logger } from "./log.ts";
import { storage } from "./storage/index.ts";

const log = logger("health");
const CHECK_MS = 3000;
/** Any key: a missing object is an answer too; a refused or failed lookup is not. */
const STORAGE_PROBE_KEY = "health/ready";

export { buildId };

export type Liveness = { status: "ok" };
export function liveness(): Liveness {
  return { status: "ok" };
}

export type CheckResult = "ok" | "unreachable";
export type Readiness = { status: "ready" | "unavailable"; buildId: string; checks: { database: CheckResult; storage: CheckResult }; reason?: string };

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_MS} ms`)), CHECK_MS);
    work.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

async function check(name: "database" | "storage", work: () => Promise<unknown>): Promise<CheckResult> {
  try {
    await withTimeout(work(), name);
    return "ok";
  } catch (e) {
    log.warn(`readiness: ${name} unreachable`, { error: (e as Error).message });
    return "unreachable";
  }
}

export async function readiness(): Promise<Readiness> {
  const [database, storageCheck] = await Promise.all([
    check("database", async () => {
      // The cheap TCP probe first (shared with proxy.ts): a stopped server fails at once.
      if (!(await databaseReachable(config().DATABASE_URL))) throw new Error("no connection");
      await db().$queryRaw`select 1`;
    }),
    check("storage", () => storage().size(STORAGE_PROBE_KEY)),
  ]);
  const down = [database === "ok" ? null : "database", storageCheck === "ok" ? null : "storage"].filter((x): x is string => x !== null);
  return {
    status: down.length ? "unavailable" : "ready",
    buildId: buildId(),
    checks: { database, storage: storageCheck },
    ...(down.length ? { reason: `${down.join(" and ")} unreachable` } : {}),
  };
}
