// Free-to-read stories (issue 20, decision 33), through real nginx (the front):
// an editor marks a story free → anonymous readers get its whole text from the
// cache (the front's, filled from Next's cached anonymous page), the page says
// "Free to read" and its JSON-LD isAccessibleForFree true; the change is audited.
// Unmarking empties every cache at once: the very next anonymous request, on any
// URL of the story, to the front or to Next directly, gets the teaser.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hasNginx, hasNjs, NJS_INSTALL, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";
import { base, sessionCookie, submitForm, testDb } from "../support/fixtures.ts";
import { spareArticle } from "../support/sharing.ts";

type Page = { status: number; html: string; cache: string | null };
async function get(url: string, headers: Record<string, string> = {}): Promise<Page> {
  const r = await fetch(url, { headers, redirect: "manual" });
  return { status: r.status, html: await r.text(), cache: r.headers.get("x-cache") };
}

if (hasNginx() && !hasNjs()) console.warn(`free-to-read.test.ts skipped: nginx has no njs module (the purge needs it). Install it with: ${NJS_INSTALL}`);

describe.skipIf(!hasNginx() || !hasNjs())("free to read, through the front", () => {
  let front: Nginx;
  let editor: { cookie: string; userId: string };
  let story: Awaited<ReturnType<typeof spareArticle>>;
  let urls: string[];
  let appUrls: string[];

  beforeAll(async () => {
    // The port the app under test was told (FRONT_URL): it purges this front.
    front = await startFront({ upstream: base(), port: inject("frontPort") });
    editor = await sessionCookie({ kind: "editor" });
    story = await spareArticle(1);
    urls = [`/articles/${story.publicId}`, `/articles/${story.publicId}/${story.slug}`, `/articles/${story.publicId}/${story.slug}?utm_source=feed`];
    const buildId = readFileSync(path.resolve(".next-test/BUILD_ID"), "utf8").trim();
    appUrls = [
      `/teaser/${story.publicId}/${story.slug}`,
      `/_next/data/${buildId}/teaser/${story.publicId}/${story.slug}.json`,
      `/articles/${story.publicId}/${story.slug}`,
    ];
  });
  afterAll(async () => {
    await testDb().article.update({ where: { id: story.id }, data: { freeToRead: false } });
    await front?.stop();
  });

  it("a paywalled story: the front's anonymous copy is the teaser, declared paywalled", async () => {
    for (const u of urls) {
      // A page Next holds from an earlier run may come stale first (its answer then is not kept): a few tries fill the front.
      let hit = await get(front.url + u);
      for (let i = 0; i < 4 && hit.cache !== "HIT"; i++) hit = await get(front.url + u);
      expect(hit.cache, u).toBe("HIT");
      expect(hit.html, u).not.toContain(story.phrase);
    }
    const page = await get(front.url + urls[1]);
    expect(page.html).toContain('"isAccessibleForFree":false');
    expect(page.html).not.toContain("Free to read");
  });

  it("only editors may mark a story free; a reader's or writer's attempt changes nothing", async () => {
    for (const kind of ["subscriber", "writer"] as const) {
      const who = await sessionCookie({ kind });
      const r = await callAction(actionNamed("setFreeToReadAction"), [story.id, true], who.cookie);
      expect(r.status === 403 || /"status":403/.test(r.text), kind).toBe(true);
    }
    expect((await testDb().article.findUniqueOrThrow({ where: { id: story.id } })).freeToRead).toBe(false);
    expect((await get(front.url + urls[0])).html).not.toContain(story.phrase);
  });

  it("marked free (the editor's plain form): anonymous readers get the whole text from the cache; the page says so; audited", async () => {
    const page = await (await fetch(`${base()}/newsroom/articles/${story.id}`, { headers: { cookie: editor.cookie } })).text();
    expect(page).toContain("Make free to read");
    const r = await submitForm(`/newsroom/articles/${story.id}`, { articleId: story.id, free: "1" }, {}, { cookie: editor.cookie });
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toContain("free=on");
    const row = await testDb().article.findUniqueOrThrow({
      where: { id: story.id },
      select: { freeToRead: true, freeToReadById: true, freeToReadSince: true },
    });
    expect(row).toMatchObject({ freeToRead: true, freeToReadById: editor.userId });
    expect(row.freeToReadSince).toBeInstanceOf(Date);
    const audit = await testDb().auditLog.findFirst({ where: { action: "article.free-to-read", subject: story.publicId }, orderBy: { at: "desc" } });
    expect(audit?.actorId).toBe(editor.userId);

    for (const u of urls) {
      const first = await get(front.url + u);
      const second = await get(front.url + u);
      expect(second.cache, u).toBe("HIT");
      // The address without the slug is a redirect to the story's canonical one.
      if (u === urls[0]) {
        expect(second.status).toBe(308);
        continue;
      }
      expect(first.html, `${u} right after marking`).toContain(story.phrase);
      expect(second.html, u).toContain(story.phrase);
    }
    const html = (await get(front.url + urls[1])).html;
    expect(html).toContain("Free to read");
    expect(html).toContain('"isAccessibleForFree":true');
    expect(html).not.toContain('"isAccessibleForFree":false');
    expect(html).not.toContain("Sign up for a free preview to unlock the rest of this article");
    // Next's own cached anonymous page holds it too (the front filled from it).
    const teaser = await get(`${base()}${appUrls[0]}`);
    expect(teaser.html).toContain(story.phrase);
    // The editor's page says who marked it.
    expect(await (await fetch(`${base()}/newsroom/articles/${story.id}?free=on`, { headers: { cookie: editor.cookie } })).text()).toContain(
      "Put back behind the paywall",
    );
  });

  it("unmarked: the very next anonymous request gets the teaser, on every URL, from the front and from Next; audited", async () => {
    const r = actionResult<{ ok: boolean; message: string }>((await callAction(actionNamed("setFreeToReadAction"), [story.id, false], editor.cookie)).text);
    expect(r.ok, r.message).toBe(true);
    const stale: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (const u of urls) {
        const p = await get(front.url + u);
        if (p.html.includes(story.phrase)) stale.push(`front ${u} round ${round} ${p.cache}`);
      }
      for (const u of appUrls) {
        const p = await get(base() + u);
        if (p.html.includes(story.phrase)) stale.push(`app ${u} round ${round}`);
      }
    }
    expect(stale).toEqual([]);
    const html = (await get(front.url + urls[1])).html;
    expect(html).toContain('"isAccessibleForFree":false');
    expect(html).not.toContain("Free to read");
    const audit = await testDb().auditLog.findFirst({ where: { action: "article.paywalled", subject: story.publicId }, orderBy: { at: "desc" } });
    expect(audit?.actorId).toBe(editor.userId);
    // Subscribers still read it (their own access).
    const reader = await sessionCookie({ kind: "subscriber" });
    expect((await get(`${base()}${urls[1]}`, { cookie: reader.cookie })).html).toContain(story.phrase);
  });
});
