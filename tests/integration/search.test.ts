// Full-text search on the demo content: what each kind of viewer finds, the
// paywall rule (a body-only phrase finds nothing and shows nothing without
// full access, in HTML or in the RSC payload), filters, the article-ID
// shortcut and hostile input.
import { beforeAll, describe, expect, it } from "vitest";
import { articles as seedArticles } from "../../prisma/seed/content/articles.ts";
import { documents as seedDocuments } from "../../prisma/seed/content/documents.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";

const BODY_PHRASE = '"Integrated Joint Operations Platform"';
const PHRASE = "Integrated Joint Operations Platform";
// Words of 2007090041's body around the phrase: a snippet of the body would show them.
const BODY_ONLY = ["Huo Liujun", "artificial-intelligence-driven", "pulls data from checkpoints"];

// RSC requests are redirected once to a cache-busting `_rsc` URL, so redirects are followed unless asked.
async function search(params: Record<string, string>, headers: Record<string, string> = {}, redirect: RequestRedirect = "follow") {
  const r = await fetch(`${base()}/search?${new URLSearchParams(params)}`, { headers, redirect });
  return { status: r.status, location: r.headers.get("location"), text: await r.text() };
}

/** Result keys in page order: article public IDs and `document:<id>`. */
const resultsOf = (html: string) => [...html.matchAll(/data-result="([^"]+)"/g)].map((m) => m[1]);

/**
 * The page repeats the query in the search box, so the phrase is there inside
 * its quotes (HTML-escaped, or JSON-escaped once or twice in the RSC payload);
 * only that echo may carry it.
 */
const ECHO = new RegExp(`(?:&quot;|\\\\*")${PHRASE}(?:&quot;|\\\\*")`, "g");
const withoutEcho = (s: string) => s.replace(ECHO, "");

let docIdOf: (caseNumber: string) => string;
beforeAll(async () => {
  const rows = await testDb().sourceDocument.findMany({ where: { caseNumber: { not: null } }, select: { id: true, caseNumber: true } });
  docIdOf = (c) => `document:${rows.find((r) => r.caseNumber === c)!.id}`;
});

describe("the paywall rule", () => {
  it("a subscriber finds a body-only phrase, 2007090041 first, with a marked body snippet", async () => {
    const { cookie } = await sessionCookie({ kind: "subscriber" });
    const r = await search({ q: BODY_PHRASE }, { cookie });
    expect(r.status).toBe(200);
    expect(resultsOf(r.text)[0]).toBe("2007090041");
    expect(r.text).toMatch(new RegExp(`<mark[^>]*>${PHRASE}</mark>`));
    expect(r.text).toContain("artificial-intelligence-driven");
  });

  for (const who of ["anonymous", "preview-expired"] as const)
    it(`${who}: the body-only phrase finds nothing and no body text is in the HTML or the RSC payload`, async () => {
      const headers: Record<string, string> = who === "anonymous" ? {} : { cookie: (await sessionCookie({ kind: who })).cookie };
      const html = await search({ q: BODY_PHRASE }, headers);
      const rsc = await search({ q: BODY_PHRASE }, { ...headers, RSC: "1" });
      expect(html.status).toBe(200);
      expect(rsc.status).toBe(200);
      expect(html.text).toContain("No results.");
      // The check can fail: the echo of the query is there, so the phrase is in the raw text.
      expect(html.text).toContain(`&quot;${PHRASE}&quot;`);
      expect(rsc.text).toContain(`\\"${PHRASE}\\"`);
      for (const [name, text] of [
        ["html", html.text],
        ["rsc", rsc.text],
      ]) {
        expect(resultsOf(text), name).toEqual([]);
        expect(text, name).not.toContain("<mark");
        // (The bare ID is in every page: the not-found text uses it as its example.)
        expect(text.includes("/articles/2007090041"), `${name}: link to the article`).toBe(false);
        expect(withoutEcho(text).includes(PHRASE), `${name}: phrase outside the search box`).toBe(false);
        for (const s of BODY_ONLY) expect(text.includes(s), `${name}: ${s}`).toBe(false);
      }
    });

  it("a query matching the teaser finds 2007090041 for anonymous visitors too, with a teaser snippet", async () => {
    const r = await search({ q: "Xinjiang sanctions" });
    expect(r.status).toBe(200);
    expect(resultsOf(r.text)).toContain("2007090041");
    expect(r.text).toMatch(/<mark[^>]*>Xinjiang<\/mark>/);
    for (const s of BODY_ONLY) expect(r.text).not.toContain(s);
    expect(r.text).toContain("You are searching headlines, teasers and document summaries");
  });

  it("a document's extracted text is searched only with full access", async () => {
    // This phrase is in the Xinjiang advisory's extracted text, not in its title or summary.
    const q = '"reasonably indicates that merchandise"';
    const { cookie } = await sessionCookie({ kind: "preview" });
    const advisory = (await testDb().sourceDocument.findFirstOrThrow({ where: { title: "Xinjiang Supply Chain Business Advisory" }, select: { id: true } })).id;
    expect(resultsOf((await search({ q }, { cookie })).text)).toContain(`document:${advisory}`);
    expect(resultsOf((await search({ q })).text)).toEqual([]);
  });
});

describe("filters on the demo content", () => {
  const inRange = { from: "2020-06-01", to: "2020-12-31" };

  it("topic: exactly the seeded sanctions stories", async () => {
    const r = await search({ topic: "sanctions", kind: "articles", ...inRange });
    const want = seedArticles.filter((a) => a.topics.includes("sanctions")).map((a) => a.publicId);
    expect(want.length).toBeGreaterThan(5);
    expect(resultsOf(r.text).sort()).toEqual([...want].sort());
    expect(r.text).toContain(`${want.length} results: ${want.length} articles, 0 documents.`);
  });

  it("date range: the stories and documents of July 9, 2020 (New York time)", async () => {
    const r = await search({ from: "2020-07-09", to: "2020-07-09" });
    const want = [
      ...seedArticles.filter((a) => a.publicId.startsWith("200709")).map((a) => a.publicId),
      ...seedDocuments.filter((d) => d.dateIssued === "2020-07-09").map((d) => docIdOf(d.caseNumber!)),
    ];
    expect(want).toHaveLength(3);
    expect(resultsOf(r.text).sort()).toEqual(want.sort());
  });

  it("document type LEGISLATION: the law, and with articles, the stories citing it", async () => {
    const law = seedDocuments.find((d) => d.type === "LEGISLATION")!;
    const citing = seedArticles.filter((a) => a.documents.includes(law.key)).map((a) => a.publicId);
    expect(resultsOf((await search({ type: "LEGISLATION", kind: "documents", ...inRange })).text)).toEqual([docIdOf(law.caseNumber!)]);
    expect(resultsOf((await search({ type: "LEGISLATION", ...inRange })).text).sort()).toEqual([...citing, docIdOf(law.caseNumber!)].sort());
  });

  it("case number 24-00025, as a filter or as the query: the Luminara opinion and 2007150022", async () => {
    // Other suites (the newsroom e2e) may publish stories citing this document
    // too; the seed's expected set must be there, and anything else must cite it.
    const want = ["2007150022", docIdOf("24-00025")].sort();
    const citing = new Set(
      (await testDb().articleDocument.findMany({ where: { document: { caseNumber: "24-00025" } }, select: { article: { select: { publicId: true } } } })).map(
        (x) => x.article.publicId,
      ),
    );
    const onlyExpected = (ids: string[]) => ids.filter((id) => want.includes(id) || !citing.has(id)).sort();
    expect(onlyExpected(resultsOf((await search({ case: "24-00025" })).text))).toEqual(want);
    const q = await search({ q: "24-00025" });
    expect(onlyExpected(resultsOf(q.text))).toEqual(want);
    expect(resultsOf(q.text)[0]).toBe(docIdOf("24-00025"));
    expect(q.text).toContain("Luminara Home Technologies, Inc. v. United States");
  });

  it("issuer and kind: only that court's documents", async () => {
    const cit = seedDocuments.filter((d) => d.issuer === "U.S. Court of International Trade").map((d) => docIdOf(d.caseNumber!));
    expect(resultsOf((await search({ issuer: "U.S. Court of International Trade", kind: "documents", ...inRange })).text).sort()).toEqual(cit.sort());
  });

  it("pages of 20, newest first when sorted by date", async () => {
    const all = [...seedArticles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || 0).map((a) => a.publicId);
    const p1 = await search({ kind: "articles", sort: "date", ...inRange });
    const p3 = await search({ kind: "articles", sort: "date", page: "3", ...inRange });
    expect(p1.text).toContain(`${all.length} results`);
    expect(resultsOf(p1.text)).toHaveLength(20);
    expect(resultsOf(p1.text)[0]).toBe("2007310035");
    expect(resultsOf(p3.text)).toHaveLength(all.length - 40);
    expect(new Set([...resultsOf(p1.text), ...resultsOf(p3.text)]).size).toBe(all.length - 20);
  });

  it("search words and filters combine", async () => {
    const r = await search({ q: "classification", topic: "cit", kind: "articles", ...inRange });
    const ids = resultsOf(r.text);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(seedArticles.find((a) => a.publicId === id)!.topics).toContain("cit");
  });
});

describe("shortcuts and hostile input", () => {
  it("an article ID goes straight to the article", async () => {
    const r = await search({ q: "2007090041" }, {}, "manual");
    expect([303, 307, 308]).toContain(r.status);
    expect(r.location).toMatch(/\/articles\/2007090041\/us-sanctions/);
    // An ID no article has is just searched.
    expect((await search({ q: "1901019999" })).status).toBe(200);
  });

  const hostile = [
    '"unbalanced quote',
    '"',
    "-",
    "or or",
    "&|!:*()",
    '\'; drop table "Article"; --',
    "tariff".repeat(200),
    "😀 tariffs 🚢",
    "関税",
    "таможня",
    "\\",
    "%",
    "<script>alert(1)</script>",
    "a\u0000b",
  ];
  for (const q of hostile)
    it(`never an error page: ${JSON.stringify(q.slice(0, 30))}`, async () => {
      for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
        const r = await search({ q, page: "2", from: "2020-99-99", type: "NOPE" }, headers);
        expect(r.status, JSON.stringify(headers)).toBe(200);
        expect(r.text).not.toContain("Something went wrong");
        expect(r.text).not.toContain("Search is not available");
      }
      const html = (await search({ q })).text;
      expect(html).toMatch(/No results\.|\d+ results?:|no words we can look for/);
      expect(html).not.toContain("<script>alert(1)</script>");
    });

  it("a 1,000+ character query is cut to 200 characters, with a notice", async () => {
    const r = await search({ q: `sanctions ${"x".repeat(1200)}` });
    expect(r.status).toBe(200);
    expect(r.text).toContain("longer than 200 characters");
  });

  it("stop words only: a clear message", async () => {
    expect((await search({ q: "the or and" })).text).toContain("no words we can look for");
  });

  it("the database is the table it was: SQL in a query is only text", async () => {
    await search({ q: '\'); delete from "Article"; --' });
    expect(await testDb().article.count({ where: { publicId: "2007090041" } })).toBe(1);
  });
});

describe("freshness", () => {
  it("a story published after a search was answered (and cached) is found by the same search at once", async () => {
    const { actionNamed, actionResult, callAction } = await import("../support/actions.ts");
    const word = `zephyrquill${Date.now().toString(36)}`;
    expect(resultsOf((await search({ q: word })).text)).toEqual([]);
    const editor = await sessionCookie({ kind: "editor" });
    const before = Date.now();
    await callAction(actionNamed("createArticleAction"), [], editor.cookie);
    const draft = await testDb().article.findFirstOrThrow({
      where: { lastEditorId: editor.userId, status: "DRAFT", createdAt: { gte: new Date(before - 1000) } },
      orderBy: { createdAt: "desc" },
    });
    const saved = actionResult<{ ok: boolean }>(
      (
        await callAction(
          actionNamed("saveArticleAction"),
          [
            {
              id: draft.id,
              version: draft.version,
              headline: `Court weighs ${word} duty claim`,
              teaser: `A ${word} importer asks the court to revisit its classification ruling.`,
              body: "Body of the freshness story, long enough to publish.",
              topics: ["classification"],
              authors: ["dana-whitcomb"],
              documents: [],
            },
          ],
          editor.cookie,
        )
      ).text,
    );
    expect(saved.ok).toBe(true);
    const published = actionResult<{ ok: boolean; publicId?: string }>((await callAction(actionNamed("publishAction"), [draft.id], editor.cookie)).text);
    expect(published.ok).toBe(true);
    expect(resultsOf((await search({ q: word })).text)).toEqual([published.publicId]);
  });
});
