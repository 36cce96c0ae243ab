// Two app instances behind real nginx (decision 35): what one instance does,
// the other shows. A story published through instance A is on the home page,
// on its article page and in search through B as well within 2 s; the search
// rate limit is one allowance whichever instance answers; an access pass A
// minted is honoured by B and by the front.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASS_COOKIE } from "../../lib/front/contract.ts";
import { actionNamed, actionResult, callAction, draftStory } from "../support/actions.ts";
import { sessionCookie, testDb } from "../support/fixtures.ts";
import { canRunInstances, startCluster, type Cluster } from "../support/instances.ts";

const LIMIT = 60;
const LIMITED = /Too many searches; try again in (\d+) seconds?\./;

async function get(url: string, headers: Record<string, string> = {}) {
  const r = await fetch(url, { headers, redirect: "manual" });
  const pass = r.headers
    .getSetCookie()
    .map((c) => c.match(new RegExp(`^${PASS_COOKIE}=([^;]*)`))?.[1])
    .find((v) => v !== undefined);
  return { status: r.status, html: await r.text(), pass, cache: r.headers.get("x-cache"), build: r.headers.get("x-build-id") };
}

if (!canRunInstances()) console.warn("instances.test.ts skipped: needs Debian's nginx with njs (libnginx-mod-http-js)");

describe.skipIf(!canRunInstances())("two instances behind the front", () => {
  let c: Cluster;
  let A: string;
  let B: string;
  beforeAll(async () => {
    c = await startCluster(2, { SEARCH_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    [A, B] = c.urls;
  }, 180_000);
  afterAll(async () => {
    await c?.stop();
  });

  it("a story published through A is on the home page, its article page and in search through B (and A, and the front) within 2 s", async () => {
    const editor = await sessionCookie({ kind: "editor" });
    const tag = Date.now().toString(36);
    const word = `quuxmarine${tag}`;
    const headline = `Tribunal Rules on ${word} Anti-Dumping Duties`;
    // Both instances have rendered the home page and searched for the word (nothing yet): their caches hold the old state.
    for (const u of [A, B]) {
      expect((await get(`${u}/`)).html).not.toContain(headline);
      expect((await get(`${u}/search?q=${word}`, { "x-forwarded-for": "198.51.100.1" })).html).toMatch(/No results/);
    }
    const id = await draftStory(
      editor,
      { headline, teaser: `The tribunal ruled on the ${word} duties.`, body: `The ${word} ruling sets out the duties in detail.` },
      A,
    );
    const published = actionResult<{ ok: boolean; publicId: string; message?: string }>(
      (await callAction(actionNamed("publishAction"), [id], editor.cookie, A)).text,
    );
    expect(published.ok, published.message).toBe(true);
    const done = Date.now();
    const { slug } = await testDb().article.findUniqueOrThrow({ where: { id }, select: { slug: true } });

    const checks: [string, () => Promise<boolean>][] = [];
    for (const [name, u] of [
      ["B", B],
      ["A", A],
      ["front", c.front.url],
    ] as const) {
      checks.push([`${name} home page`, async () => (await get(`${u}/`)).html.includes(headline)]);
      checks.push([`${name} article page`, async () => (await get(`${u}/articles/${published.publicId}/${slug}`)).html.includes(headline)]);
      if (name !== "front")
        checks.push([`${name} search`, async () => (await get(`${u}/search?q=${word}`, { "x-forwarded-for": "198.51.100.1" })).html.includes(headline)]);
    }
    const seenAfter: Record<string, number> = {};
    await Promise.all(
      checks.map(async ([name, ok]) => {
        while (Date.now() - done < 2000) {
          if (await ok()) return void (seenAfter[name] = Date.now() - done);
          await new Promise((r) => setTimeout(r, 50));
        }
      }),
    );
    console.log(`instances: the story seen after (ms) ${JSON.stringify(seenAfter)}`);
    expect(Object.keys(seenAfter).sort()).toEqual(checks.map(([n]) => n).sort());
  });

  it(`the search rate limit holds across instances: the ${LIMIT + 1}st search in a minute is refused, whichever instance answers`, async () => {
    const ip = `198.51.100.${2 + (Date.now() % 200)}`;
    const answers: { via: string; limited: boolean }[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const via = i % 2 ? "B" : "A";
      const r = await get(`${via === "A" ? A : B}/search?q=${i % 3 ? "tariffs" : "sanctions"}`, { "x-forwarded-for": ip });
      expect(r.status).toBe(200);
      answers.push({ via, limited: LIMITED.test(r.html) });
    }
    const firstRefused = answers.findIndex((a) => a.limited);
    expect(firstRefused, "the first refusal is search number 61").toBe(LIMIT);
    // Both instances refuse once the allowance is spent: search 61 goes to A, 62 to B.
    expect(answers.slice(LIMIT)).toEqual([
      { via: "A", limited: true },
      { via: "B", limited: true },
    ]);
    // Each instance alone answered only 30: a per-process limit would have let every one through.
  });

  it("an access pass minted by A is honoured by B, and by the front", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    const story = await testDb().article.findFirstOrThrow({ where: { status: "PUBLISHED", publicId: { not: null } }, select: { publicId: true, slug: true } });
    const path = `/articles/${story.publicId}/${story.slug}`;
    const minted = await get(`${A}${path}`, { cookie: reader.cookie });
    expect(minted.pass, "A mints a pass").toMatch(/^full\./);
    const withPass = { cookie: `${reader.cookie}; ${PASS_COOKIE}=${minted.pass}` };
    const atB = await get(`${B}${path}`, withPass);
    expect(atB.status).toBe(200);
    expect(atB.pass, "B takes A's pass as valid: no new one").toBeUndefined();
    // A pass B could not verify would be replaced (the check can fail): a tampered one is.
    const tampered = await get(`${B}${path}`, { cookie: `${reader.cookie}; ${PASS_COOKIE}=${minted.pass!.replace(/.$/, (ch) => (ch === "0" ? "1" : "0"))}` });
    expect(tampered.pass).toMatch(/^full\./);
    // Through the front, the pass gets the shared full page (rendered by either instance).
    await get(`${c.front.url}${path}`, withPass);
    const shared = await get(`${c.front.url}${path}`, withPass);
    expect(shared.cache).toBe("HIT");
  });
});
