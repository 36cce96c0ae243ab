// Editors' work through the real server actions: saving, conflicts between
// two editors, sanitising known XSS payloads, and scheduled publication by
// the job worker across a restart.
import type { ChildProcess } from "node:child_process";
import { inject } from "vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endGroup, spawnScript } from "../../scripts/lib/processes.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";

let editorA: string;
let editorB: string;
beforeAll(async () => {
  editorA = (await sessionCookie({ kind: "editor" })).cookie;
  editorB = (await sessionCookie({ kind: "editor" })).cookie;
});

async function newDraft(cookie: string): Promise<string> {
  const before = new Set((await testDb().article.findMany({ select: { id: true } })).map((a) => a.id));
  const r = await callAction(actionNamed("createArticleAction"), [], cookie);
  expect([200, 303]).toContain(r.status);
  const after = await testDb().article.findMany({ select: { id: true } });
  return after.find((a) => !before.has(a.id))!.id;
}

async function save(cookie: string, fields: Record<string, unknown>) {
  const r = await callAction(actionNamed("saveArticleAction"), [fields], cookie);
  return actionResult<{ ok: boolean; version?: number; message?: string; conflict?: boolean; unresolved?: string[] }>(r.text);
}

const story = (id: string, version: number, over: Record<string, unknown> = {}) => ({
  id,
  version,
  headline: "CIT Remands Scope Ruling on Aluminum Extrusions",
  teaser: "The Court of International Trade sent a scope ruling back to Commerce (see 2006170064).",
  body: "Commerce must explain its reading of the orders.\n\nThe court gave it 90 days.",
  topics: ["cit", "ad-cvd"],
  authors: ["dana-whitcomb"],
  documents: [],
  ...over,
});

describe("saving and conflicts", () => {
  it("two editors, one article: the second save over a newer version is refused and both texts are kept", async () => {
    const id = await newDraft(editorA);
    const first = await save(editorA, story(id, 1));
    expect(first.ok).toBe(true);
    expect(first.version).toBe(2);
    // Editor B opened version 2 as well; A saves version 3 first.
    const a2 = await save(editorA, story(id, 2, { body: "Editor A's newer text." }));
    expect(a2.ok).toBe(true);
    const b = await save(editorB, story(id, 2, { body: "Editor B's competing text." }));
    expect(b.ok).toBe(false);
    expect(b.conflict).toBe(true);
    expect(b.message).toMatch(/saved a newer version/);
    const article = await testDb().article.findUnique({ where: { id } });
    expect(article?.body).toBe("Editor A's newer text.");
    const conflict = await testDb().articleRevision.findFirst({ where: { articleId: id, kind: "CONFLICT" } });
    expect(conflict?.body).toBe("Editor B's competing text.");
  });

  it("flags cross-references to articles that do not exist, and refuses to publish them", async () => {
    const id = await newDraft(editorA);
    const r = await save(editorA, story(id, 1, { body: "See the earlier ruling (see 1901010001)." }));
    expect(r.unresolved).toEqual(["1901010001"]);
    const p = actionResult<{ ok: boolean; message: string }>((await callAction(actionNamed("publishAction"), [id], editorA)).text);
    expect(p.ok).toBe(false);
    expect(p.message).toContain("(see 1901010001)");
    expect((await testDb().article.findUnique({ where: { id } }))?.status).toBe("DRAFT");
  });

  it("publishes with a well-formed ID, shows the story on the home page and feed at once, and keeps the ID through a correction", async () => {
    const id = await newDraft(editorA);
    await save(editorA, story(id, 1, { headline: "Commerce Issues Final Results in Steel Nail Review" }));
    const p = actionResult<{ ok: boolean; publicId: string }>((await callAction(actionNamed("publishAction"), [id], editorA)).text);
    expect(p.ok).toBe(true);
    expect(p.publicId).toMatch(/^\d{6}\d{4}$/);
    const home = await (await fetch(`${base()}/`)).text();
    expect(home).toContain("Commerce Issues Final Results in Steel Nail Review");
    expect(await (await fetch(`${base()}/feed.xml`)).text()).toContain("Commerce Issues Final Results in Steel Nail Review");
    const corrected = await save(editorA, story(id, 3, { headline: "Commerce Issues Final Results in Steel Nail Review (Corrected)" }));
    expect(corrected.ok).toBe(true);
    const a = await testDb().article.findUnique({ where: { id } });
    expect(a?.publicId).toBe(p.publicId);
    expect(a?.correctedAt).not.toBeNull();
    const page = await (await fetch(`${base()}/articles/${p.publicId}`)).text();
    expect(page).toContain("(Corrected)");
    // A save is a minor edit: silent (decision 34); a public notice takes publishCorrectionAction.
    expect(page).not.toContain("Correction, ");
  });
});

describe("unpublish, restore, audit", () => {
  it("unpublishing takes the story off the site at once; republishing keeps its ID; a revision can be restored; admins see the audit trail", async () => {
    const id = await newDraft(editorA);
    await save(editorA, story(id, 1, { headline: "First Headline For Restore Test" }));
    const second = await save(editorA, story(id, 2, { headline: "Second Headline For Restore Test" }));
    expect(second.ok).toBe(true);
    const p = actionResult<{ ok: boolean; publicId: string }>((await callAction(actionNamed("publishAction"), [id], editorA)).text);
    expect((await fetch(`${base()}/articles/${p.publicId}`)).status).toBe(200);
    const u = actionResult<{ ok: boolean }>((await callAction(actionNamed("unpublishAction"), [id], editorA)).text);
    expect(u.ok).toBe(true);
    expect((await fetch(`${base()}/articles/${p.publicId}`)).status).toBe(404);
    expect(await (await fetch(`${base()}/`)).text()).not.toContain("Second Headline For Restore Test");
    const again = actionResult<{ ok: boolean; publicId: string }>((await callAction(actionNamed("publishAction"), [id], editorA)).text);
    expect(again.publicId).toBe(p.publicId);

    const first = await testDb().articleRevision.findFirstOrThrow({ where: { articleId: id, headline: "First Headline For Restore Test" } });
    const current = await testDb().article.findUniqueOrThrow({ where: { id } });
    const r = actionResult<{ ok: boolean }>((await callAction(actionNamed("restoreRevisionAction"), [id, first.id, current.version], editorA)).text);
    expect(r.ok).toBe(true);
    expect((await testDb().article.findUniqueOrThrow({ where: { id } })).headline).toBe("First Headline For Restore Test");
    expect(await testDb().articleRevision.count({ where: { articleId: id, headline: "Second Headline For Restore Test" } })).toBeGreaterThan(0);

    const { cookie: admin } = await sessionCookie({ kind: "admin" });
    const audit = await (await fetch(`${base()}/newsroom/audit`, { headers: { cookie: admin } })).text();
    expect(audit).toContain("article.unpublish");
    expect(audit).toContain(p.publicId);
  });
});

describe("sanitising what editors store", () => {
  const payloads = [
    "<script>alert('x1')</script>",
    "<img src=x onerror=\"alert('x2')\">",
    "<a href=\"javascript:alert('x3')\">click me</a>",
    "<a href=\"javascript:alert('x4')\">link</a>",
    "<p style=\"background:url(javascript:alert('x5'))\">styled</p>",
    '<iframe src="https://evil.example/x6"></iframe>',
    "<svg/onload=alert('x7')>",
    "<div onclick=\"alert('x8')\">click</div>",
    "<style>body{display:none}</style>",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgneDknKTwvc2NyaXB0Pg==">data</a>',
    "<svg><script>alert('x12')</script><a xlink:href=\"javascript:alert('x13')\"><text>svg</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('x14')></style></mglyph></table></mtext></math>",
    "<table onmouseover=\"alert('x15')\"><tbody><tr><td background=\"javascript:alert('x16')\">cell</td></tr></tbody></table>",
    "<!--[if gte mso 9]><script>alert('x17')</script><![endif]--><p class=MsoNormal style=\"mso-list:Ignore\">word</p>",
    "&lt;script&gt;alert('x10')&lt;/script&gt;",
    "<a href=\"JaVaScRiPt:alert('x11')\">mixed case</a>",
  ];
  it("stores and renders none of the known XSS payloads", async () => {
    const id = await newDraft(editorA);
    const body = payloads.join("\n\n");
    const r = await save(
      editorA,
      story(id, 1, { body, teaser: `A lead paragraph long enough to publish ${payloads[0]} ${payloads[1]} with payloads inside.` }),
    );
    expect(r.ok, r.message).toBe(true);
    const stored = await testDb().article.findUnique({ where: { id } });
    expect(`${stored?.teaser}\n${stored?.body}`).not.toMatch(
      /<script|onerror=|<iframe|<style|onclick=|onload=|<svg|<math|<img|onmouseover=|href="\s*(javascript|data):|style=/i,
    );
    const p = actionResult<{ ok: boolean; publicId: string; message: string }>((await callAction(actionNamed("publishAction"), [id], editorA)).text);
    expect(p.ok, p.message).toBe(true);
    const html = await (await fetch(`${base()}/articles/${p.publicId}`, { headers: { cookie: editorA } })).text();
    const article = html.slice(html.indexOf("<article"), html.indexOf("</article>"));
    expect(article).not.toMatch(
      /<script(?! type="application\/ld\+json")|onerror=|onclick=|onload=|onmouseover=|(href|src|background)="\s*(javascript|data):|<iframe|<style|<svg|<math|<img|style="background|data:text\/html/i,
    );
    for (let i = 1; i <= 17; i++) expect(article).not.toContain(`alert('x${i}')</script>`);
    // The table survives, its handler does not.
    expect(article).toContain("<td>cell</td>");
  });
});

describe("scheduled publication by the job worker", () => {
  let worker: ChildProcess | null = null;
  const startWorker = () => {
    worker = spawnScript("scripts/worker.ts", [], {
      env: {
        ...process.env,
        DATABASE_URL: inject("databaseUrl"),
        SITE_URL: base(),
        STORAGE_DIR: inject("storageDir"),
        WORKER_QUEUES: "publish-due",
        NODE_ENV: "production",
      },
      stdio: "ignore",
    });
  };
  afterAll(async () => {
    if (worker) await endGroup(worker, "SIGKILL");
  });

  it("a story scheduled one minute ahead is published by the worker, also when the worker restarts in between", async () => {
    // A search answered (and cached by the app for a minute) before the worker publishes.
    const word = `quillon${Date.now().toString(36)}`;
    const searchFor = async () => (await (await fetch(`${base()}/search?q=${word}`)).text()).match(/\/articles\/(\d{10})\//)?.[1] ?? null;
    expect(await searchFor()).toBeNull();
    const id = await newDraft(editorA);
    await save(editorA, story(id, 1, { headline: `Scheduled Story on Section 232 Inclusions ${word}` }));
    const at = new Date(Date.now() + 60_000);
    const local = new Intl.DateTimeFormat("sv-SE", {
      timeZone: "America/New_York",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .format(at)
      .replace(" ", "T");
    const s = actionResult<{ ok: boolean; message: string }>((await callAction(actionNamed("scheduleAction"), [id, local], editorA)).text);
    expect(s.ok, s.message).toBe(true);
    startWorker();
    await new Promise((r) => setTimeout(r, 5_000));
    expect((await testDb().article.findUnique({ where: { id } }))?.status).toBe("SCHEDULED");
    await endGroup(worker!, "SIGKILL"); // crash, not a clean stop; the worker's own pid, gone when this returns
    await new Promise((r) => setTimeout(r, 2_000));
    startWorker();
    const until = Date.now() + 120_000;
    let a = await testDb().article.findUnique({ where: { id } });
    while (a?.status !== "PUBLISHED" && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 1_000));
      a = await testDb().article.findUnique({ where: { id } });
    }
    expect(a?.status).toBe("PUBLISHED");
    expect(a?.publishedAt!.getTime()).toBeGreaterThanOrEqual(at.getTime() - 1000);
    expect(a?.publishedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(a?.publicId).toMatch(/^\d{10}$/);
    // It appears on the cached home page without waiting for the timer.
    const deadline = Date.now() + 10_000;
    let home = "";
    while (Date.now() < deadline && !home.includes("Scheduled Story on Section 232 Inclusions")) {
      home = await (await fetch(`${base()}/`)).text();
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(home).toContain("Scheduled Story on Section 232 Inclusions");
    // The worker's publish emptied the app's search cache as an editor's does: the same search finds it now.
    expect(await searchFor()).toBe(a?.publicId);
  }, 180_000);
});
