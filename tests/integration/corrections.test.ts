// Corrections readers can trust (decision 34): an editor's correction note shows
// under the headline on both article pages at once (the cached teaser and the
// per-request page, through the real nginx front where it is installed), on
// /corrections and in its feed; a minor edit is versioned and says nothing;
// writers cannot publish one; a bad note is refused and loses nothing.
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PASS_COOKIE } from "../../lib/front/contract.ts";
import { hasNginx, hasNjs, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";

type Result = { ok: boolean; status?: number; message?: string; version?: number; conflict?: boolean };

const nyMonthDay = (d: Date) => new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", month: "long", day: "numeric" }).format(d);

async function get(url: string, cookie?: string) {
  const r = await fetch(url, { headers: cookie ? { cookie } : {} });
  const pass = r.headers
    .getSetCookie()
    .map((c) => c.match(new RegExp(`^${PASS_COOKIE}=([^;]*)`))?.[1])
    .find((v) => v !== undefined);
  return { status: r.status, url: r.url, html: await r.text(), cache: r.headers.get("x-cache"), pass, type: r.headers.get("content-type") };
}

/** The notices under the headline, in page order, as text. */
function notices(html: string): string[] {
  const aside = html.match(/<aside aria-label="Corrections?"[\s\S]*?<\/aside>/)?.[0] ?? "";
  return [...aside.matchAll(/<li data-correction="true">([\s\S]*?)<\/li>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, "")
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

function jsonLd(html: string) {
  const raw = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1];
  return JSON.parse(raw) as { correction?: { "@type": string; text: string; datePublished: string }[] };
}

let editor: { cookie: string; userId: string };
let writer: string;
let front: Nginx | null = null;
const tag = Date.now().toString(36);
const headline = `Commerce Sets Duties on Steel Rebar ${tag}`;
const teaser = `Commerce set a 42 percent duty on rebar from the three countries, story ${tag}.`;
const body = `The duty applies to entries from next month, and importers may comment within 30 days (${tag}).`;
let id = "";
let publicId = "";
let slug = "";

const edit = (version: number, over: Record<string, unknown> = {}) => ({
  id,
  version,
  headline,
  teaser,
  body,
  topics: ["ad-cvd"],
  authors: ["dana-whitcomb"],
  documents: [],
  ...over,
});

async function correct(cookie: string, input: Record<string, unknown>): Promise<Result> {
  const r = await callAction(actionNamed("publishCorrectionAction"), [input], cookie);
  return actionResult<Result>(r.text);
}

const current = () => testDb().article.findUniqueOrThrow({ where: { id }, select: { version: true, headline: true, teaser: true, body: true, slug: true } });
const corrections = () => testDb().articleCorrection.findMany({ where: { articleId: id }, orderBy: { publishedAt: "desc" } });

beforeAll(async () => {
  editor = await sessionCookie({ kind: "editor" });
  writer = (await sessionCookie({ kind: "writer" })).cookie;
  if (hasNginx() && hasNjs()) front = await startFront({ upstream: base(), port: inject("frontPort") });
  const before = Date.now();
  await callAction(actionNamed("createArticleAction"), [], editor.cookie);
  const draft = await testDb().article.findFirstOrThrow({
    where: { lastEditorId: editor.userId, status: "DRAFT", createdAt: { gte: new Date(before - 1000) } },
    orderBy: { createdAt: "desc" },
  });
  id = draft.id;
  const saved = actionResult<Result>((await callAction(actionNamed("saveArticleAction"), [edit(draft.version)], editor.cookie)).text);
  expect(saved.ok, saved.message).toBe(true);
  const p = actionResult<Result & { publicId: string }>((await callAction(actionNamed("publishAction"), [id], editor.cookie)).text);
  expect(p.ok, p.message).toBe(true);
  publicId = p.publicId;
  slug = (await current()).slug;
});

afterAll(async () => {
  await front?.stop();
});

/** Where readers get the pages: through the front when there is one (its caches are what could go stale), else next start. */
const site = () => front?.url ?? base();

describe("corrections", () => {
  it("before any correction, /corrections says there are none", async () => {
    // The e2e project shares this database in a full run and may have published one already.
    const existing = await testDb().articleCorrection.count();
    const log = await get(`${site()}/corrections`);
    expect(log.status).toBe(200);
    if (existing === 0) expect(log.html).toContain("No corrections have been published.");
    else expect(log.html).not.toContain("No corrections have been published.");
    expect(log.html).not.toContain(headline);
  });

  it("a bad note is refused with a clear message, and nothing is written: not the note, not the edit", async () => {
    const { version } = await current();
    const revisions = await testDb().articleRevision.count({ where: { articleId: id } });
    for (const [note, says] of [
      ["too short", /at least 10 characters/],
      ["x".repeat(501), /at most 500 characters/],
      ["The rate is <b>25</b> percent, not 42.", /plain text/],
      [undefined, /Write the correction note/],
    ] as const) {
      const r = await correct(editor.cookie, { id, version, note, article: edit(version, { teaser: "A changed teaser that must not be saved." }) });
      expect(r.ok, String(note)).toBe(false);
      expect(r.message, String(note)).toMatch(says);
      expect(r.message).toMatch(/^Correction not published\./);
    }
    const after = await current();
    expect(after.version).toBe(version);
    expect(after.teaser).toContain(tag);
    expect(await corrections()).toEqual([]);
    expect(await testDb().articleRevision.count({ where: { articleId: id } })).toBe(revisions);
  });

  it("a writer cannot publish a correction (403), an editor's decision (decision 25)", async () => {
    const { version } = await current();
    const r = await correct(writer, { id, version, note: "A writer's attempt at a public correction note." });
    expect(r.status).toBe(403);
    expect(r.ok).toBe(false);
    expect(await corrections()).toEqual([]);
  });

  it("a minor edit is saved as a new version, keeps the previous text in the history, and shows no notice", async () => {
    // Fill the front's caches first: the minor edit must still reach readers.
    await get(`${site()}/articles/${publicId}/${slug}`);
    const { version } = await current();
    const fixed = teaser.replace("three countries", "three countries named in the order");
    const r = actionResult<Result>((await callAction(actionNamed("saveArticleAction"), [edit(version, { teaser: fixed })], editor.cookie)).text);
    expect(r.ok, r.message).toBe(true);
    expect(r.version).toBe(version + 1);
    const history = await testDb().articleRevision.findMany({ where: { articleId: id }, select: { version: true, teaser: true } });
    expect(history.some((h) => h.version === version && h.teaser.includes("three countries,"))).toBe(true);
    expect(history.some((h) => h.version === version + 1 && h.teaser.includes("named in the order"))).toBe(true);
    expect(await corrections()).toEqual([]);
    const page = await get(`${site()}/articles/${publicId}/${slug}`);
    expect(page.html).toContain("named in the order");
    expect(notices(page.html)).toEqual([]);
    expect(page.html).not.toMatch(/Correction, |Updated/);
    expect(jsonLd(page.html).correction).toBeUndefined();
  });

  it("publishing a correction with an edit: the notice and the new text on both article pages at once, no stale copy", async () => {
    // Fill every cache: the anonymous teaser (Next's ISR and the front), a subscriber's page and, with the front, the shared full page.
    const urls = [`/articles/${publicId}`, `/articles/${publicId}/${slug}`];
    for (const u of urls) {
      await get(site() + u);
      const again = await get(site() + u);
      if (front) expect(again.cache, u).toBe("HIT");
    }
    const reader = await sessionCookie({ kind: "subscriber" });
    const first = await get(`${site()}/articles/${publicId}/${slug}`, reader.cookie);
    const readerCookie = first.pass ? `${reader.cookie}; ${PASS_COOKIE}=${first.pass}` : reader.cookie;
    await get(`${site()}/articles/${publicId}/${slug}`, readerCookie);
    const sharedBefore = await get(`${site()}/articles/${publicId}/${slug}`, readerCookie);
    expect(sharedBefore.html).toContain(body);
    if (front) expect(sharedBefore.cache).toBe("HIT");
    await get(`${site()}/corrections/feed.xml`);

    const { version } = await current();
    const note = "An earlier version of this story misstated the duty rate. It is 24.2 percent, not 42 percent.";
    const r = await correct(editor.cookie, { id, version, note, article: edit(version, { teaser: teaser.replace("42 percent", "24.2 percent") }) });
    expect(r.ok, r.message).toBe(true);
    const rows = await corrections();
    expect(rows.map((c) => c.note)).toEqual([note]);
    expect(rows[0].version).toBe(version + 1);
    const revision = await testDb().articleRevision.findFirstOrThrow({ where: { articleId: id, version: version + 1 } });
    expect(revision.kind).toBe("CORRECTION");
    const audit = await testDb().auditLog.findFirst({ where: { action: "article.correct", subject: publicId }, orderBy: { at: "desc" } });
    expect(audit?.actorId).toBe(editor.userId);

    const label = `Correction, ${nyMonthDay(rows[0].publishedAt)}: ${note}`;
    const stale: string[] = [];
    for (let round = 0; round < 3; round++)
      for (const u of urls)
        for (const cookie of [undefined, readerCookie]) {
          const p = await get(site() + u, cookie);
          if (!notices(p.html).includes(label) || !p.html.includes("24.2 percent duty"))
            stale.push(`${u} ${cookie ? "subscriber" : "anonymous"} ${p.status} ${p.cache ?? ""}`);
        }
    expect(stale).toEqual([]);
    // The subscriber still reads the whole story; the anonymous page still has only the teaser.
    expect((await get(`${site()}/articles/${publicId}/${slug}`, readerCookie)).html).toContain(body);
    const anonymous = await get(`${site()}/articles/${publicId}/${slug}`);
    expect(anonymous.html).not.toContain(body);
    expect(jsonLd(anonymous.html).correction).toEqual([{ "@type": "CorrectionComment", text: note, datePublished: rows[0].publishedAt.toISOString() }]);
  });

  it("a second correction, without an edit: both notices, newest first; the text is unchanged", async () => {
    const before = await current();
    const note = "This story has been updated to name the three countries: Algeria, Bulgaria and Egypt.";
    const r = await correct(editor.cookie, { id, version: before.version, note });
    expect(r.ok, r.message).toBe(true);
    const after = await current();
    expect(after.version).toBe(before.version);
    expect(after.teaser).toBe(before.teaser);
    const rows = await corrections();
    expect(rows).toHaveLength(2);
    const page = await get(`${site()}/articles/${publicId}`);
    expect(notices(page.html)).toEqual(rows.map((c) => `Correction, ${nyMonthDay(c.publishedAt)}: ${c.note}`));
    expect(notices(page.html)[0]).toContain("Algeria");
    // An out-of-date version is refused, not applied to text the editor did not see.
    const late = await correct(editor.cookie, { id, version: before.version - 1, note: "A note written against an older version of the story." });
    expect(late.ok).toBe(false);
    expect(late.message).toMatch(/newer version/);
    expect(await corrections()).toHaveLength(2);
  });

  it("/corrections lists each notice, newest first, linking to the story with its headline and ID; the RSS feed is valid and current", async () => {
    const rows = await corrections();
    const log = await get(`${site()}/corrections`);
    expect(log.status).toBe(200);
    expect(log.html).toMatch(/<link rel="alternate" type="application\/rss\+xml" href="\/corrections\/feed.xml"/);
    expect(rows[0].note).toContain("Algeria");
    const first = log.html.indexOf("Algeria, Bulgaria and Egypt");
    const second = log.html.indexOf("misstated the duty rate");
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(log.html).toContain(`href="/articles/${publicId}/${slug}"`);
    expect(log.html).toContain(headline);
    expect(log.html).toContain(publicId);

    const feed = await get(`${site()}/corrections/feed.xml`);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain("application/rss+xml");
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: { error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) } }).parseFromString(
      feed.html,
      "text/xml",
    );
    expect(errors).toEqual([]);
    expect(doc.documentElement?.nodeName).toBe("rss");
    const items = Array.from(doc.getElementsByTagName("item"));
    const ours = items.filter((i) => i.getElementsByTagName("link")[0]?.textContent?.includes(`/articles/${publicId}/`));
    expect(ours).toHaveLength(2);
    for (const item of ours)
      for (const tagName of ["title", "link", "guid", "pubDate", "description"])
        expect(item.getElementsByTagName(tagName)[0]?.textContent, tagName).toBeTruthy();
    expect(ours[0].getElementsByTagName("description")[0].textContent).toContain("Algeria");
    expect(ours[0].getElementsByTagName("title")[0].textContent).toContain(headline);
    // Public text only: never the body.
    expect(feed.html).not.toContain(body);
  });

  it("a story taken down leaves the log; an empty page past the end is a 404", async () => {
    expect(actionResult<Result>((await callAction(actionNamed("unpublishAction"), [id], editor.cookie)).text).ok).toBe(true);
    expect((await get(`${site()}/corrections`)).html).not.toContain(headline);
    expect((await get(`${site()}/corrections/feed.xml`)).html).not.toContain(headline);
    expect((await fetch(`${base()}/corrections/page/999`)).status).toBe(404);
    expect((await fetch(`${base()}/corrections/nonsense`)).status).toBe(404);
  });

  it("every article has its citation: the New York publication day and the public ID", async () => {
    const page = await get(`${base()}/articles/2007090041`);
    expect(page.html).toMatch(/<h2 id="cite-as"[^>]*>Cite as<\/h2>/);
    expect(page.html).toContain("Trade Law Daily, 2020-07-09, art. 2007090041");
  });
});
