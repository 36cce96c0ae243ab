// Writer → editor review through the real server actions (decision 25):
// a writer drafts and submits, cannot change a draft in review or publish
// it, an editor comments and returns it, the writer resubmits, the editor
// publishes; every transition is in the audit log; the desk and presence
// show it all to the editor.
import { beforeAll, describe, expect, it } from "vitest";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";

let writer: { cookie: string; userId: string; email: string };
let editor: { cookie: string; userId: string; email: string };
beforeAll(async () => {
  writer = await sessionCookie({ kind: "writer" });
  editor = await sessionCookie({ kind: "editor" });
});

const act = async <T = { ok: boolean; message: string }>(name: string, args: unknown[], cookie: string) =>
  actionResult<T>((await callAction(actionNamed(name), args, cookie)).text);

const story = (id: string, version: number, over: Record<string, unknown> = {}) => ({
  id,
  version,
  headline: "Writer Files on First Sale Valuation Ruling",
  teaser: "<p>Customs ruled on a first-sale valuation claim for footwear from Vietnam.</p>",
  body: "<p>The ruling accepts the middleman's price as transaction value.</p><table><tbody><tr><th>Entry</th><th>Value</th></tr><tr><td>1</td><td>$12.40</td></tr></tbody></table>",
  topics: ["valuation"],
  authors: ["dana-whitcomb"],
  documents: [],
  ...over,
});

describe("writer → editor review", () => {
  it("runs end to end, refuses the writer at every publishing step, and audits every transition", async () => {
    const before = new Set((await testDb().article.findMany({ select: { id: true } })).map((a) => a.id));
    const created = await callAction(actionNamed("createArticleAction"), [], writer.cookie);
    expect([200, 303]).toContain(created.status);
    const id = (await testDb().article.findMany({ select: { id: true } })).find((a) => !before.has(a.id))!.id;
    expect((await testDb().articleDesk.findUniqueOrThrow({ where: { articleId: id } })).ownerId).toBe(writer.userId);

    const saved = await act<{ ok: boolean; version: number; message?: string }>("saveArticleAction", [story(id, 1)], writer.cookie);
    expect(saved.ok, saved.message).toBe(true);
    // A writer cannot publish or schedule their own draft.
    for (const [name, args] of [
      ["publishAction", [id]],
      ["scheduleAction", [id, "2031-01-02T10:00"]],
    ] as const) {
      const r = await callAction(actionNamed(name), [...args], writer.cookie);
      expect(r.status === 403 || /"status":403/.test(r.text), name).toBe(true);
    }
    expect((await testDb().article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    const submitted = await act("submitForReviewAction", [id], writer.cookie);
    expect(submitted.ok, submitted.message).toBe(true);
    // In review, the text is the editors' until they return it.
    const locked = await act<{ ok: boolean; message: string }>("saveArticleAction", [story(id, 2, { headline: "Changed While In Review" })], writer.cookie);
    expect(locked.ok).toBe(false);
    expect(locked.message).toMatch(/in review/);

    // The editor sees it in the queue: the desk's JSON and the newsroom home.
    const desk = (await (await fetch(`${base()}/api/newsroom/desk`, { headers: { cookie: editor.cookie } })).json()) as {
      inReview: { id: string; writer: string }[];
      edition: unknown;
      failedJobs: unknown;
      published: unknown[];
      scheduled: unknown[];
    };
    expect(desk.inReview).toContainEqual(expect.objectContaining({ id, writer: writer.email }));
    expect(Array.isArray(desk.published) && Array.isArray(desk.scheduled)).toBe(true);
    const home = await (await fetch(`${base()}/newsroom`, { headers: { cookie: editor.cookie } })).text();
    expect(home).toContain("The desk at a glance");
    expect(home).toContain("Writer Files on First Sale Valuation Ruling");

    // Comment and return; the writer edits and resubmits.
    expect((await act("commentAction", [id, "Add the HTS subheading to the table."], editor.cookie)).ok).toBe(true);
    expect((await act("returnToWriterAction", [id, "Needs the subheading before we run it."], editor.cookie)).ok).toBe(true);
    expect((await testDb().articleDesk.findUniqueOrThrow({ where: { articleId: id } })).review).toBe("RETURNED");
    const page = await (await fetch(`${base()}/newsroom/articles/${id}`, { headers: { cookie: writer.cookie } })).text();
    expect(page).toContain("Add the HTS subheading to the table.");
    expect(page).toContain("Returned to the writer");
    const fixed = await act<{ ok: boolean; message?: string }>(
      "saveArticleAction",
      [story(id, 2, { headline: "Writer Files on First Sale Ruling, HTS 6403.99" })],
      writer.cookie,
    );
    expect(fixed.ok, fixed.message).toBe(true);
    expect((await act("submitForReviewAction", [id], writer.cookie)).ok).toBe(true);

    // Presence: both have it open, each is told about the other.
    expect((await act<{ ok: boolean; others: string[] }>("presenceAction", [id], writer.cookie)).ok).toBe(true);
    const seen = await act<{ ok: boolean; others: string[] }>("presenceAction", [id], editor.cookie);
    expect(seen.others).toContain(writer.email);
    const desk2 = (await (await fetch(`${base()}/api/newsroom/desk`, { headers: { cookie: editor.cookie } })).json()) as {
      open: { id: string; people: string[] }[];
    };
    expect(desk2.open.find((o) => o.id === id)?.people).toEqual(expect.arrayContaining([writer.email, editor.email]));

    // The editor publishes; review ends; the writer can no longer change the story or unpublish it.
    const published = await act<{ ok: boolean; publicId: string; message: string }>("publishAction", [id], editor.cookie);
    expect(published.ok, published.message).toBe(true);
    expect((await testDb().articleDesk.findUniqueOrThrow({ where: { articleId: id } })).review).toBe("DRAFTING");
    const after = await act<{ ok: boolean }>("saveArticleAction", [story(id, 4, { headline: "Writer Edit After Publication" })], writer.cookie);
    expect(after.ok).toBe(false);
    const un = await callAction(actionNamed("unpublishAction"), [id], writer.cookie);
    expect(un.status === 403 || /"status":403/.test(un.text)).toBe(true);
    expect((await testDb().article.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");

    // The table reaches the article page.
    const article = await (await fetch(`${base()}/articles/${published.publicId}`, { headers: { cookie: editor.cookie } })).text();
    expect(article).toMatch(/<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table><tbody><tr><th>Entry<\/th>/);

    const trail = await testDb().auditLog.findMany({
      where: { OR: [{ subject: id }, { subject: published.publicId }] },
      orderBy: { at: "asc" },
      select: { action: true, actorId: true },
    });
    expect(trail.map((t) => t.action)).toEqual(["article.create", "article.submit", "article.comment", "article.return", "article.submit", "article.publish"]);
    expect(trail.slice(0, 2).every((t) => t.actorId === writer.userId)).toBe(true);
    expect(trail[3].actorId).toBe(editor.userId);
  });
});
