// 200 concurrent readers (anonymous, preview, subscriber) for 60 s while
// three editors publish 100 stories: no 5xx, every story present with a
// distinct ID, and no access error in either direction.
import { describe, expect, it } from "vitest";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";

const SECRET = "Integrated Joint Operations Platform";

describe("load", () => {
  it("200 readers for 60 s and 3 editors publishing 100 stories at once", async () => {
    const preview = await sessionCookie({ kind: "preview" });
    const subscriber = await sessionCookie({ kind: "subscriber" });
    const expired = await sessionCookie({ kind: "preview-expired" });
    const article = new URL((await fetch(`${base()}/articles/2007090041`)).url).pathname;
    const readers: { cookie?: string; entitled: boolean }[] = [
      { entitled: false },
      { cookie: expired.cookie, entitled: false },
      { cookie: preview.cookie, entitled: true },
      { cookie: subscriber.cookie, entitled: true },
    ];
    const paths = ["/", article, article, "/topics/sanctions", "/search?q=sanctions"];
    const stats = { requests: 0, byStatus: {} as Record<number, number>, leaks: 0, missingBody: 0 };
    const until = Date.now() + 60_000;
    const reader = async (i: number) => {
      const who = readers[i % readers.length];
      let n = i;
      while (Date.now() < until) {
        const p = paths[n++ % paths.length];
        try {
          const r = await fetch(`${base()}${p}`, { headers: who.cookie ? { cookie: who.cookie } : {} });
          const body = await r.text();
          stats.requests++;
          stats.byStatus[r.status] = (stats.byStatus[r.status] ?? 0) + 1;
          if (p === article && r.status === 200) {
            if (!who.entitled && body.includes(SECRET)) stats.leaks++;
            if (who.entitled && !body.includes(SECRET)) stats.missingBody++;
          }
        } catch {
          stats.byStatus[0] = (stats.byStatus[0] ?? 0) + 1;
        }
      }
    };

    const editors = await Promise.all([0, 1, 2].map(() => sessionCookie({ kind: "editor" })));
    const published: string[] = [];
    const publishErrors: string[] = [];
    const editor = async (e: number, count: number) => {
      for (let k = 0; k < count; k++) {
        const before = Date.now();
        const created = await callAction(actionNamed("createArticleAction"), [], editors[e].cookie);
        if (created.status >= 500) publishErrors.push(`create ${created.status}`);
        const draft = await testDb().article.findFirst({
          where: { lastEditorId: editors[e].userId, status: "DRAFT", createdAt: { gte: new Date(before - 1000) } },
          orderBy: { createdAt: "desc" },
        });
        if (!draft) {
          publishErrors.push("draft missing");
          continue;
        }
        const saved = actionResult<{ ok: boolean; message?: string }>(
          (
            await callAction(
              actionNamed("saveArticleAction"),
              [
                {
                  id: draft.id,
                  version: draft.version,
                  headline: `Load story ${e}-${k} on tariff classification`,
                  teaser: `Editor ${e} filed story ${k} about a classification ruling under load.`,
                  body: `Body text of load story ${e}-${k}, long enough to publish.`,
                  topics: ["classification"],
                  authors: ["dana-whitcomb"],
                  documents: [],
                },
              ],
              editors[e].cookie,
            )
          ).text,
        );
        if (!saved.ok) {
          publishErrors.push(`save: ${saved.message}`);
          continue;
        }
        const p = actionResult<{ ok: boolean; publicId?: string; message?: string }>(
          (await callAction(actionNamed("publishAction"), [draft.id], editors[e].cookie)).text,
        );
        if (p.ok && p.publicId) published.push(p.publicId);
        else publishErrors.push(`publish: ${p.message}`);
      }
    };

    const started = Date.now();
    await Promise.all([...Array.from({ length: 200 }, (_, i) => reader(i)), editor(0, 34), editor(1, 33), editor(2, 33)]);
    const fivexx = Object.entries(stats.byStatus)
      .filter(([s]) => Number(s) >= 500)
      .reduce((n, [, c]) => n + c, 0);
    const present = await testDb().article.count({ where: { publicId: { in: published }, status: "PUBLISHED" } });
    const errorsByStatus = Object.fromEntries(Object.entries(stats.byStatus).filter(([s]) => Number(s) >= 400 || Number(s) === 0));
    console.log(
      `fault: load ${JSON.stringify({ seconds: Math.round((Date.now() - started) / 1000), ...stats, errorsByStatus, fivexx, published: published.length, distinctIds: new Set(published).size, itemsLost: 100 - present, publishErrors: publishErrors.slice(0, 5) })}`,
    );
    expect(fivexx).toBe(0);
    expect(stats.byStatus[0] ?? 0).toBe(0);
    expect(stats.leaks).toBe(0);
    expect(stats.missingBody).toBe(0);
    expect(publishErrors).toEqual([]);
    expect(new Set(published).size).toBe(100);
    expect(present).toBe(100);
  }, 240_000);
});
