// Every newsroom server action, enumerated from the build, refuses readers
// and anonymous visitors on the server and changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { callAction, serverActions, type ActionRef } from "../support/actions.ts";

async function snapshot() {
  const db = testDb();
  const [articles, revisions, audit, staff, subs, seats, versions] = await Promise.all([
    db.article.count(),
    db.articleRevision.count(),
    db.auditLog.count(),
    db.user.count({ where: { role: { not: "READER" } } }),
    db.subscription.count(),
    db.organization.aggregate({ _sum: { seats: true } }),
    db.article.aggregate({ _sum: { version: true } }),
  ]);
  return { articles, revisions, audit, staff, subs, seats: seats._sum.seats, versions: versions._sum.version };
}

describe("newsroom authorization", () => {
  let newsroom: ActionRef[];
  let someArticleId: string;
  beforeAll(async () => {
    newsroom = serverActions().filter((a) => a.file.startsWith("app/newsroom/"));
    someArticleId = (await testDb().article.findFirstOrThrow({ where: { publicId: "2007090041" } })).id;
  });

  it("finds the newsroom's server actions in the build", () => {
    expect(newsroom.length).toBeGreaterThanOrEqual(10);
    console.log(`newsroom server actions checked: ${newsroom.map((a) => a.name).join(", ")}`);
  });

  for (const who of ["anonymous", "reader", "subscriber"] as const)
    it(`${who}: every newsroom action answers 403 and changes nothing`, async () => {
      const cookie = who === "anonymous" ? undefined : (await sessionCookie({ kind: who === "reader" ? "preview" : "subscriber" })).cookie;
      const before = await snapshot();
      let checked = 0;
      for (const a of newsroom) {
        // Plausible arguments, so that only the role check can stop them.
        const args = [someArticleId, "2030-01-01T10:00", 1, { id: someArticleId, version: 1, headline: "HACKED", teaser: "x", body: "y" }];
        const r = await callAction(a, args, cookie);
        const refused = r.status === 403 || /"status":403/.test(r.text);
        expect(refused, `${a.file}#${a.name} as ${who}: status ${r.status} ${r.text.slice(0, 200)}`).toBe(true);
        checked++;
      }
      expect(await snapshot()).toEqual(before);
      expect(checked).toBe(newsroom.length);
      const pages = [
        "/newsroom",
        `/newsroom/articles/${someArticleId}`,
        `/newsroom/articles/${someArticleId}/preview?as=subscriber`,
        `/newsroom/articles/${someArticleId}/history`,
        "/newsroom/subscribers",
        "/newsroom/staff",
        "/newsroom/audit",
      ];
      for (const p of pages) {
        const res = await fetch(`${base()}${p}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
        if (who === "anonymous") {
          expect([303, 307, 308], p).toContain(res.status);
          expect(res.headers.get("location"), p).toContain("/sign-in");
        } else {
          expect(res.status, p).toBe(403);
          const html = await res.text();
          expect(html, p).not.toContain("HACKED");
          expect(html, p).not.toMatch(/<h1[^>]*>(Revision history|Subscribers|Audit log|Staff|Articles)<\/h1>/);
          expect(html, p).not.toContain("Integrated Joint Operations Platform");
          expect(html, p).toContain("This part of the site is for our newsroom");
        }
      }
    });

  it("an editor is refused the admin-only actions and pages", async () => {
    const { cookie } = await sessionCookie({ kind: "editor" });
    const adminOnly = newsroom.filter((a) => /subscribers|staff/.test(a.file));
    expect(adminOnly.length).toBeGreaterThanOrEqual(3);
    const before = await snapshot();
    for (const a of adminOnly) {
      const r = await callAction(a, [{}, {}], cookie);
      expect(r.status === 403 || /"status":403|administrators only/i.test(r.text), `${a.name}`).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
    for (const p of ["/newsroom/subscribers", "/newsroom/staff", "/newsroom/audit"])
      expect((await fetch(`${base()}${p}`, { headers: { cookie } })).status).toBe(403);
    expect((await fetch(`${base()}/newsroom`, { headers: { cookie } })).status).toBe(200);
  });

  it("a writer: every editor-only action answers 403 and changes nothing, on an editor's story and on the writer's own draft", async () => {
    const writer = await sessionCookie({ kind: "writer" });
    // The writer's own draft, ready to publish in every other respect.
    const own = await testDb().article.create({
      data: {
        slug: "writer-own",
        headline: "A Writer's Own Draft Headline",
        teaser: "<p>A teaser long enough to publish, twenty characters.</p>",
        body: "<p>A body long enough to publish as well, twenty characters.</p>",
      },
    });
    await testDb().articleDesk.create({ data: { articleId: own.id, ownerId: writer.userId } });
    const topic = await testDb().topic.findFirstOrThrow();
    const author = await testDb().author.findFirstOrThrow();
    await testDb().articleTopic.create({ data: { articleId: own.id, topicId: topic.id } });
    await testDb().articleAuthor.create({ data: { articleId: own.id, authorId: author.id, position: 0 } });
    const WRITER_MAY = new Set([
      "createArticleAction",
      "saveArticleAction",
      "restoreRevisionAction",
      "submitForReviewAction",
      "commentAction",
      "presenceAction",
      "previewDocumentAction",
      "findReferencesAction",
      "findDocumentsAction",
    ]);
    const editorOnly = newsroom.filter((a) => !(a.file === "app/newsroom/articles/actions.ts" && WRITER_MAY.has(a.name)));
    expect(editorOnly.map((a) => a.name)).toEqual(expect.arrayContaining(["publishAction", "scheduleAction", "unpublishAction", "returnToWriterAction"]));
    const before = await snapshot();
    for (const target of [someArticleId, own.id])
      for (const a of editorOnly) {
        const r = await callAction(a, [target, "2030-01-01T10:00", 1, { id: target, version: 1, headline: "HACKED", teaser: "x", body: "y" }], writer.cookie);
        expect(r.status === 403 || /"status":403/.test(r.text), `${a.file}#${a.name} as writer on ${target}: ${r.status} ${r.text.slice(0, 200)}`).toBe(true);
      }
    // The writer's actions on someone else's story are refused too, object by object.
    for (const name of ["saveArticleAction", "restoreRevisionAction", "submitForReviewAction", "commentAction", "presenceAction"]) {
      const a = newsroom.find((x) => x.name === name)!;
      const args =
        name === "saveArticleAction"
          ? [{ id: someArticleId, version: 1, headline: "HACKED", teaser: "x", body: "y" }]
          : [someArticleId, name === "commentAction" ? "HACKED" : "x", 1];
      const r = await callAction(a, args, writer.cookie);
      expect(r.status === 403 || /"status":403/.test(r.text), `${name} as writer on an editor's story: ${r.text.slice(0, 200)}`).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
    expect((await testDb().article.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("DRAFT");
    expect(await testDb().articleComment.count({ where: { body: "HACKED" } })).toBe(0);
    // Pages: the newsroom home and the writer's own draft open; an editor's story is not there; editor and admin pages refuse.
    const open = (p: string) => fetch(`${base()}${p}`, { headers: { cookie: writer.cookie }, redirect: "manual" });
    expect((await open("/newsroom")).status).toBe(200);
    expect((await open(`/newsroom/articles/${own.id}`)).status).toBe(200);
    for (const p of [
      `/newsroom/articles/${someArticleId}`,
      `/newsroom/articles/${someArticleId}/history`,
      `/newsroom/articles/${someArticleId}/preview?as=subscriber`,
    ])
      expect((await open(p)).status, p).toBe(404);
    for (const p of ["/newsroom/documents", "/newsroom/editions", "/newsroom/subscribers", "/newsroom/staff", "/newsroom/audit"]) {
      const r = await open(p);
      expect(r.status, p).toBe(403);
      expect(await r.text(), p).toContain("This part of the site is for our newsroom");
    }
    expect((await open("/api/newsroom/desk")).status).toBe(403);
    const list = await (await open("/newsroom")).text();
    expect(list).toContain("A Writer&#x27;s Own Draft Headline");
    expect(list).not.toContain("The desk at a glance");
  });

  it("the internal revalidation endpoint refuses anyone without the token", async () => {
    const { cookie } = await sessionCookie({ kind: "admin" });
    expect((await fetch(`${base()}/api/internal/revalidate`, { method: "POST", headers: { cookie } })).status).toBe(403);
    expect((await fetch(`${base()}/api/internal/revalidate`, { method: "POST", headers: { authorization: "Bearer nope" } })).status).toBe(403);
  });
});
