// The health probes (README "Monitoring", lib/health.ts): /healthz answers while
// the process runs, database or not; /readyz says whether this instance can serve
// readers (database, storage) and which build it runs, 503 with the reason while
// the database is away. Neither is ever kept by the front.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hasNginx, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { base } from "../support/fixtures.ts";

const setDatabase = async (up: boolean) => {
  const r = await fetch(`${inject("faultControlUrl")}/db?up=${up ? 1 : 0}`);
  expect(r.ok).toBe(true);
};

async function probe(url: string) {
  const r = await fetch(url, { redirect: "manual" });
  return {
    status: r.status,
    type: r.headers.get("content-type"),
    cache: r.headers.get("cache-control"),
    xcache: r.headers.get("x-cache"),
    body: await r.json(),
  };
}

/**
 * Database back, and the app using it again: /readyz ready and a page that needs the
 * database no longer a 503 (the app holds its "database down" mark a moment), so the
 * suites after this one never meet the outage.
 */
async function databaseBack() {
  await setDatabase(true);
  const until = Date.now() + 20_000;
  for (;;) {
    const ready = (await fetch(`${base()}/readyz`)).status;
    const page = await fetch(`${base()}/documents`, { redirect: "manual" });
    await page.arrayBuffer();
    if (ready === 200 && page.status !== 503) return;
    if (Date.now() > until) throw new Error(`the app did not see the database again: /readyz ${ready}, /documents ${page.status}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const BUILD_ID = () => readFileSync(path.resolve(".next-test", "BUILD_ID"), "utf8").trim();

describe("health probes", () => {
  afterAll(async () => {
    await databaseBack();
  });

  it("/healthz: 200, never cached", async () => {
    const r = await probe(`${base()}/healthz`);
    expect(r).toMatchObject({ status: 200, body: { status: "ok" } });
    expect(r.type).toMatch(/application\/json/);
    expect(r.cache).toMatch(/no-store/);
  });

  it("/readyz: 200 with the build id while the database and storage answer", async () => {
    const r = await probe(`${base()}/readyz`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: "ready", buildId: BUILD_ID(), checks: { database: "ok", storage: "ok" } });
    expect(r.cache).toMatch(/no-store/);
  });

  it("with the database down: /readyz is 503 with the reason in JSON, /healthz still 200; both recover", async () => {
    await setDatabase(false);
    try {
      const ready = await probe(`${base()}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({
        status: "unavailable",
        buildId: BUILD_ID(),
        checks: { database: "unreachable", storage: "ok" },
        reason: "database unreachable",
      });
      const live = await probe(`${base()}/healthz`);
      expect(live).toMatchObject({ status: 200, body: { status: "ok" } });
    } finally {
      await databaseBack();
    }
    expect(await probe(`${base()}/readyz`)).toMatchObject({ status: 200, body: { status: "ready" } });
  });
});

describe.skipIf(!hasNginx())("health probes through the front", () => {
  let front: Nginx;
  beforeAll(async () => {
    front = await startFront({ upstream: base() });
  });
  afterAll(async () => {
    await databaseBack();
    await front?.stop();
  });

  it("are answered by the app every time, never from the front's cache", async () => {
    for (const p of ["/healthz", "/readyz"]) {
      const a = await probe(`${front.url}${p}`);
      const b = await probe(`${front.url}${p}`);
      expect([a.status, b.status], p).toEqual([200, 200]);
      expect([a.xcache, b.xcache], p).not.toContain("HIT");
    }
    // A readiness answer kept by the front would hide an outage.
    await setDatabase(false);
    try {
      expect((await probe(`${front.url}/readyz`)).status).toBe(503);
    } finally {
      await databaseBack();
    }
  });
});
