// A takedown (unpublishing a story, for example for legal reasons) empties the
// front's copies at once: after the unpublish returns, no request through real
// nginx gets the old page, anonymous or with a full access pass
// (lib/cache/invalidate.ts purges deploy/front/pass.js's endpoint).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PASS_COOKIE, PURGE_HEADER, PURGE_PATH } from "../../lib/front/contract.ts";
import { hasNginx, hasNjs, NJS_INSTALL, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";

type Page = { status: number; html: string; cache: string | null; pass: string | null };

async function get(url: string, cookie?: string): Promise<Page> {
  const r = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const pass =
    r.headers
      .getSetCookie()
      .map((c) => c.match(new RegExp(`^${PASS_COOKIE}=([^;]*)`))?.[1])
      .find((v) => v !== undefined) ?? null;
  return { status: r.status, html: await r.text(), cache: r.headers.get("x-cache"), pass };
}

if (hasNginx() && !hasNjs()) console.warn(`front-takedown.test.ts skipped: nginx has no njs module. Install it with: ${NJS_INSTALL}`);

describe.skipIf(!hasNginx() || !hasNjs())("a takedown through the front", () => {
  let front: Nginx;
  let editor: { cookie: string; userId: string };
  beforeAll(async () => {
    // The port the app under test was told (FRONT_URL): it purges this front.
    front = await startFront({ upstream: base(), port: inject("frontPort") });
    editor = await sessionCookie({ kind: "editor" });
  });
  afterAll(async () => {
    await front?.stop();
  });

  it("the purge endpoint refuses anyone without the token", async () => {
    for (const headers of [{}, { [PURGE_HEADER]: "guess" }] as Record<string, string>[]) {
      const r = await fetch(`${front.url}${PURGE_PATH}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ paths: ["/"] }),
      });
      expect(r.status).toBe(403);
    }
  });

  it("after unpublish, 0 requests get the old page: anonymous or pass holder, any URL of the story", async () => {
    const tag = Date.now().toString(36);
    const headline = `Court Orders Refund of Section 301 Duties ${tag}`;
    const bodyPhrase = `refund mechanics for entry ${tag}`;
    const before = Date.now();
    await callAction(actionNamed("createArticleAction"), [], editor.cookie);
    const draft = await testDb().article.findFirstOrThrow({
      where: { lastEditorId: editor.userId, status: "DRAFT", createdAt: { gte: new Date(before - 1000) } },
      orderBy: { createdAt: "desc" },
    });
    const saved = actionResult<{ ok: boolean; message?: string }>(
      (
        await callAction(
          actionNamed("saveArticleAction"),
          [
            {
              id: draft.id,
              version: draft.version,
              headline,
              teaser: `The trade court ordered refunds, story ${tag}.`,
              body: `The ruling sets out the ${bodyPhrase} in detail, and importers may now file for the money back.`,
              topics: ["classification"],
              authors: ["dana-whitcomb"],
              documents: [],
            },
          ],
          editor.cookie,
        )
      ).text,
    );
    expect(saved.ok, saved.message).toBe(true);
    const published = actionResult<{ ok: boolean; publicId: string; message?: string }>(
      (await callAction(actionNamed("publishAction"), [draft.id], editor.cookie)).text,
    );
    expect(published.ok, published.message).toBe(true);
    const slug = (await testDb().article.findUniqueOrThrow({ where: { id: draft.id }, select: { slug: true } })).slug;
    const urls = [
      `/articles/${published.publicId}`,
      `/articles/${published.publicId}/${slug}`,
      `/articles/${published.publicId}/${slug}?utm_source=newsletter`,
    ];

    // Fill the front: the anonymous copy of each URL, and the shared full page for a pass holder.
    for (const u of urls) {
      await get(front.url + u);
      const hit = await get(front.url + u);
      expect(hit.cache, u).toBe("HIT");
      if (hit.status === 200) expect(hit.html).toContain(headline);
    }
    const reader = await sessionCookie({ kind: "subscriber" });
    const first = await get(front.url + urls[1], reader.cookie);
    expect(first.pass).toMatch(/^full\./);
    const withPass = `${reader.cookie}; ${PASS_COOKIE}=${first.pass}`;
    await get(front.url + urls[1], withPass);
    const shared = await get(front.url + urls[1], withPass);
    expect(shared.cache).toBe("HIT");
    expect(shared.html).toContain(bodyPhrase);

    const down = actionResult<{ ok: boolean; message?: string }>((await callAction(actionNamed("unpublishAction"), [draft.id], editor.cookie)).text);
    expect(down.ok, down.message).toBe(true);

    let requests = 0;
    const oldPage: string[] = [];
    for (let round = 0; round < 5; round++)
      for (const u of urls)
        for (const cookie of [undefined, withPass]) {
          const p = await get(front.url + u, cookie);
          requests++;
          if (p.html.includes(headline) || p.html.includes(bodyPhrase) || (p.status >= 300 && p.status < 400))
            oldPage.push(`${u} ${cookie ? "pass" : "anonymous"} ${p.status} ${p.cache}`);
        }
    expect(requests).toBe(30);
    expect(oldPage).toEqual([]);
  });
});
