// One of two instances is SIGKILLed while 200 readers load the site through
// the front, and while editors' publishes are in flight on it (decision 35).
// Readers: 0 failed GETs (nginx passes a request the dead instance failed to
// the other). Editors: a publish cut with the instance fails (the client sees
// the connection end) and leaves its story either fully published or an
// untouched draft that publishes normally afterwards; nothing half-written.
// Then a rolling deploy under the same load: 0 failed requests, every answer
// from the old build or the new one.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAlive } from "../../scripts/lib/processes.ts";
import { buildIdOf } from "../../scripts/lib/instances.ts";
import { actionNamed, actionResult, callAction, draftStory } from "../support/actions.ts";
import { sessionCookie, testDb } from "../support/fixtures.ts";
import { canRunInstances, connectionsTo, startCluster, type Cluster } from "../support/instances.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const READERS = 200;
/** The deploy's load: enough to keep both instances busy while each restarts, on a small shared machine. */
const ROLLING_READERS = 100;

type Load = { total: number; failed: number; statuses: Record<string, number>; builds: Record<string, number>; failedAt: string[] };

/**
 * `READERS` connections for `seconds` through the front: anonymous home and
 * article pages (mostly the front's cache) and signed-in article pages
 * (always rendered by an instance). Counts every answer's status and build id.
 */
function load(front: string, paths: string[], cookie: string, seconds: number, connections = READERS): Promise<Load> {
  const out: Load = { total: 0, failed: 0, statuses: {}, builds: {}, failedAt: [] };
  return new Promise((resolve, reject) => {
    const inst = autocannon(
      {
        url: front,
        connections,
        duration: seconds,
        timeout: 30,
        requests: paths.flatMap((p) => [
          { method: "GET", path: p },
          { method: "GET", path: p, headers: { cookie } },
        ]),
      },
      (err) => (err ? reject(err) : resolve(out)),
    );
    inst.on("response", (_client: unknown, status: number, _bytes: number, _time: number) => {
      out.total++;
      out.statuses[status] = (out.statuses[status] ?? 0) + 1;
      if (status >= 400) {
        out.failed++;
        out.failedAt.push(`${new Date().toISOString()} ${status}`);
      }
    });
    inst.on("reqError", (e: Error) => {
      out.total++;
      out.failed++;
      out.failedAt.push(`${new Date().toISOString()} ${e.message}`);
      out.statuses.error = (out.statuses.error ?? 0) + 1;
    });
    // The build ids: autocannon gives no headers, so a side probe samples them through the front all along.
    const probe = async () => {
      const until = Date.now() + seconds * 1000;
      while (Date.now() < until) {
        try {
          const r = await fetch(`${front}${paths[0]}`, { headers: { cookie } });
          await r.arrayBuffer();
          const b = r.headers.get("x-build-id") ?? `none (${r.status})`;
          out.builds[b] = (out.builds[b] ?? 0) + 1;
        } catch (e) {
          out.builds[`error ${(e as Error).message}`] = (out.builds[`error ${(e as Error).message}`] ?? 0) + 1;
        }
        await sleep(20);
      }
    };
    void probe();
  });
}

describe.skipIf(!canRunInstances())("two instances, one killed; then a rolling deploy", () => {
  let c: Cluster;
  let paths: string[];
  let reader: { cookie: string };
  const NEXT_DIST = ".next-test-next-build";
  beforeAll(async () => {
    c = await startCluster(2);
    reader = await sessionCookie({ kind: "subscriber" });
    const stories = await testDb().article.findMany({
      where: { status: "PUBLISHED", publicId: { not: null } },
      take: 5,
      select: { publicId: true, slug: true },
    });
    paths = ["/", ...stories.map((s) => `/articles/${s.publicId}/${s.slug}`)];
  }, 180_000);
  afterAll(async () => {
    await c?.stop();
    rmSync(NEXT_DIST, { recursive: true, force: true });
  });

  it(`SIGKILL of one instance under ${READERS} readers: 0 failed GETs; publishes cut with it leave nothing half-written`, async () => {
    const [A] = c.urls;
    const portA = Number(new URL(A).port);
    const editor = await sessionCookie({ kind: "editor" });
    const tag = Date.now().toString(36);
    const ids: string[] = [];
    for (let i = 0; i < 8; i++)
      ids.push(
        await draftStory(
          editor,
          {
            headline: `Instance Kill ${tag} Story ${i} on Rules of Origin`,
            teaser: "Customs changed the rules of origin for steel.",
            body: "The notice takes effect next month.",
          },
          A,
        ),
      );

    const running = load(c.front.url, paths, reader.cookie, 12);
    await sleep(3000);
    // Proof the front was using A: its open connections to A's port.
    const toA = connectionsTo(portA);
    // Publishes in flight on A (straight to A: the front would not send a POST elsewhere anyway).
    const outcomes: (number | string)[] = [];
    const inFlight = ids.map((id) =>
      callAction(actionNamed("publishAction"), [id], editor.cookie, A).then(
        (r) => void outcomes.push(r.status),
        (e: Error) => void outcomes.push(`cut (${(e.cause as { code?: string } | undefined)?.code ?? e.message})`),
      ),
    );
    const until = Date.now() + 20_000;
    while ((await testDb().article.count({ where: { id: { in: ids }, status: "PUBLISHED" } })) === 0 && Date.now() < until) await sleep(5);
    const pidA = c.instances.pid(0)!;
    await c.instances.stop(0, "SIGKILL");
    const killedAt = Date.now();
    await Promise.all(inFlight);
    const result = await running;
    console.log(
      `fault: SIGKILL instance A (pid ${pidA}, gone: ${!isAlive(pidA)}) with ${toA} front connections open to it; readers: ${result.total} answers, ${result.failed} failed ${JSON.stringify(result.statuses)}; publishes: ${JSON.stringify(outcomes)}`,
    );
    expect(isAlive(pidA), "A is gone").toBe(false);
    expect(toA, "the front was sending A requests").toBeGreaterThan(0);
    expect(result.total).toBeGreaterThan(READERS);
    expect(result.failed, JSON.stringify(result.statuses)).toBe(0);
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(0);

    // Every publish either completed or was cut; every story is whole: published with its id and date, or a draft without.
    expect(
      outcomes.some((o) => typeof o === "string"),
      "a publish was in flight when A died",
    ).toBe(true);
    const rows = await testDb().article.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, publicId: true, publishedAt: true } });
    for (const r of rows) {
      if (r.status === "PUBLISHED") expect(r.publicId && r.publishedAt, r.id).toBeTruthy();
      else expect([r.status, r.publicId, r.publishedAt], r.id).toEqual(["DRAFT", null, null]);
    }
    // The drafts publish normally through the front (B).
    for (const r of rows.filter((x) => x.status === "DRAFT")) {
      const again = actionResult<{ ok: boolean; message?: string }>((await callAction(actionNamed("publishAction"), [r.id], editor.cookie, c.front.url)).text);
      expect(again.ok, again.message).toBe(true);
    }
    await c.instances.start(0);
  }, 120_000);

  it(`rolling deploy under ${ROLLING_READERS} readers: 0 failed requests, every answer from the old build or the new one`, async () => {
    // The new build: the harness's, copied under a new build id (a second `next build` costs minutes of
    // this shared machine's CPU; what the deploy does with it is the same).
    const oldId = buildIdOf(".next-test");
    rmSync(NEXT_DIST, { recursive: true, force: true });
    cpSync(".next-test", NEXT_DIST, { recursive: true });
    const newId = `${oldId}-next`;
    writeFileSync(`${NEXT_DIST}/BUILD_ID`, newId);
    expect(existsSync(`${NEXT_DIST}/BUILD_ID`) && readFileSync(`${NEXT_DIST}/BUILD_ID`, "utf8")).toBe(newId);

    const running = load(c.front.url, paths, reader.cookie, 40, ROLLING_READERS);
    await sleep(3000);
    const pids = [c.instances.pid(0), c.instances.pid(1)];
    const t0 = Date.now();
    process.stderr.write(`rolling deploy starts ${new Date(t0).toISOString()}\n`);
    const rolled = await c.instances.roll(NEXT_DIST);
    const seconds = (Date.now() - t0) / 1000;
    const result = await running;
    console.log(
      `rolling deploy: ${oldId} → ${rolled} in ${seconds.toFixed(1)} s (pids ${pids.join(",")} → ${c.instances.pid(0)},${c.instances.pid(1)}); ${result.total} answers, ${result.failed} failed ${JSON.stringify(result.statuses)}; builds seen ${JSON.stringify(result.builds)}`,
    );
    if (result.failed)
      console.log(
        `failures: ${result.failedAt.slice(0, 5).join("; ")} … ${result.failedAt.slice(-3).join("; ")}\n${c.output.filter((l) => /^\[(nginx|instances)/.test(l)).join("")}`,
      );
    expect(rolled).toBe(newId);
    expect(seconds, "the load outlasted the deploy").toBeLessThan(37);
    expect(result.failed, JSON.stringify(result.statuses)).toBe(0);
    expect(Object.keys(result.builds).sort()).toEqual([newId, oldId].sort());
    for (const u of c.urls) expect(((await (await fetch(`${u}/readyz`)).json()) as { buildId: string }).buildId).toBe(newId);
  }, 300_000);
});
