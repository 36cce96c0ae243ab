// Saved articles and folders (decision 30): saving from the zero-JS article page's
// plain form, duplicates, someone else's folder (404), who may save (the reading
// decision of lib/access), the CSV and the PDF digest (its text read back with pdfjs),
// and what a reader keeps when their access ends: the list, never the bodies.
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPdfText } from "../../lib/documents/pdf.ts";
import { PASS_COOKIE } from "../../lib/access/pass.ts";
import { hasNginx, hasNjs, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";

const ID = "2007090041";
const BODY = "Integrated Joint Operations Platform"; // only in the gated body
const TEASER = "Chinese police agency"; // in the public teaser
const HEADLINE = "US Sanctions Xinjiang Security Bureau";
const FORM = 'action="/api/folders/save"';

type Reader = { cookie: string; userId: string; email: string };

async function save(cookie: string | undefined, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const r = await fetch(`${base()}/api/folders/save`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}), ...headers },
    body: new URLSearchParams(fields),
  });
  return { status: r.status, location: r.headers.get("location"), body: await r.text() };
}

async function page(path: string, cookie?: string) {
  const r = await fetch(`${base()}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  return { status: r.status, html: await r.text(), type: r.headers.get("content-type"), disposition: r.headers.get("content-disposition") };
}

async function bytes(path: string, cookie: string) {
  const r = await fetch(`${base()}${path}`, { headers: { cookie } });
  return { status: r.status, type: r.headers.get("content-type"), data: Buffer.from(await r.arrayBuffer()) };
}

const folderIdFrom = (location: string | null) => new URL(location ?? "x:", "http://site").searchParams.get("saved");
/** Reader-visible text of a page: tags dropped, entities of quotes decoded. */
const text = (html: string) =>
  html
    .replace(/<!--.*?-->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

let preview: Reader;
let expired: Reader;
let subscriber: Reader;
let articlePath: string;
let docId: string;

beforeAll(async () => {
  [preview, expired, subscriber] = await Promise.all([
    sessionCookie({ kind: "preview" }),
    sessionCookie({ kind: "preview-expired" }),
    sessionCookie({ kind: "subscriber" }),
  ]);
  const r = await fetch(`${base()}/articles/${ID}`);
  articlePath = new URL(r.url).pathname;
  await r.text();
  docId = (await testDb().sourceDocument.findFirstOrThrow({ select: { id: true }, orderBy: { createdAt: "asc" } })).id;
});

describe("saving from the article page (plain form, no JavaScript)", () => {
  let folderId: string;

  it("the form is on the full page for an entitled reader, and on no page for anyone else", async () => {
    expect((await page(articlePath, preview.cookie)).html).toContain(FORM);
    // Anonymous readers get the shared, cached teaser page: never the form.
    expect((await page(articlePath)).html).not.toContain(FORM);
    expect((await page(`/teaser/${ID}`)).html).not.toContain(FORM);
    expect((await page(articlePath, expired.cookie)).html).not.toContain(FORM);
  });

  it("a preview reader saves the seed story into a new folder: one 303 back to the story, which says where it went", async () => {
    const r = await save(preview.cookie, { kind: "article", id: ID, folderName: "  Acme   v. United States ", note: "Check the 50% rule" });
    expect(r.status).toBe(303);
    expect(r.location).toMatch(new RegExp(`^${articlePath}\\?saved=[a-z0-9]+#save-to-folder$`));
    folderId = folderIdFrom(r.location)!;
    const back = await page(r.location!.replace(/#.*/, ""), preview.cookie);
    expect(back.html).toMatch(/role="status"[^>]*>Saved to <a href="\/account\/folders\/[a-z0-9]+"[^>]*>Acme v. United States<\/a>/);
    // The new folder is now offered in the form's choice.
    expect(back.html).toContain(`<option value="${folderId}" selected="">Acme v. United States</option>`);
    const rows = await testDb().folderItem.findMany({
      where: { folder: { userId: preview.userId } },
      select: { note: true, folder: { select: { name: true } } },
    });
    expect(rows).toEqual([{ note: "Check the 50% rule", folder: { name: "Acme v. United States" } }]);
  });

  it("saving it again (by choosing the folder, or typing its name in another case) adds no second row and keeps the new note", async () => {
    const chosen = await save(preview.cookie, { kind: "article", id: ID, folderId, note: "" });
    expect(chosen.status).toBe(303);
    expect(chosen.location).toContain(`saved=${folderId}&again=1`);
    const typed = await save(preview.cookie, { kind: "article", id: ID, folderName: "acme V. UNITED states", note: "Updated note" });
    expect(folderIdFrom(typed.location)).toBe(folderId);
    const rows = await testDb().folderItem.findMany({ where: { folderId }, select: { note: true } });
    expect(rows).toEqual([{ note: "Updated note" }]);
    const back = await page(typed.location!.replace(/#.*/, ""), preview.cookie);
    expect(text(back.html)).toContain("Already saved in Acme v. United States");
  });

  it("bad input comes back to the form with a clear message and nothing typed lost", async () => {
    const r = await save(preview.cookie, { kind: "article", id: ID, folderName: "   ", folderId: "", note: "My careful note" });
    expect(r.status).toBe(303);
    const back = await page(r.location!.replace(/#.*/, ""), preview.cookie);
    expect(back.html).toContain("Choose a folder or type a name for a new one.");
    expect(back.html).toContain(">My careful note</textarea>");
    const long = await save(preview.cookie, { kind: "article", id: ID, folderName: "x".repeat(81), note: "kept" });
    const again = await page(long.location!.replace(/#.*/, ""), preview.cookie);
    expect(again.html).toContain("A folder name needs 1 to 80 characters.");
    expect(await testDb().folder.count({ where: { userId: preview.userId } })).toBe(1);
  });

  it("a reader who may not read the story in full cannot save it; nor can anyone signed out", async () => {
    const r = await save(expired.cookie, { kind: "article", id: ID, folderName: "Sneaky" });
    expect(r.status).toBe(403);
    expect(r.body).toContain("Only readers with full access can save this.");
    const anon = await save(undefined, { kind: "article", id: ID, folderName: "Sneaky" });
    expect(anon.status).toBe(303);
    expect(anon.location).toMatch(/^\/sign-in\?callbackUrl=/);
    expect(await testDb().folder.count({ where: { name: "Sneaky" } })).toBe(0);
    const missing = await save(preview.cookie, { kind: "article", id: "1901010001", folderName: "Nothing" });
    expect(missing.status).toBe(404);
  });

  it("a post from another site is refused (the same-origin rule)", async () => {
    const r = await save(preview.cookie, { kind: "article", id: ID, folderName: "Cross" }, { origin: "http://evil.example", "sec-fetch-site": "cross-site" });
    expect(r.status).toBe(403);
    expect(await testDb().folder.count({ where: { name: "Cross" } })).toBe(0);
  });

  it("someone else's folder is not there: page, CSV, PDF are 404 and saving into it is refused", async () => {
    for (const path of [`/account/folders/${folderId}`, `/account/folders/${folderId}/csv`, `/account/folders/${folderId}/pdf`]) {
      const r = await page(path, subscriber.cookie);
      expect(r.status, path).toBe(404);
      expect(r.html, path).not.toContain("Acme");
    }
    const r = await save(subscriber.cookie, { kind: "article", id: ID, folderId, note: "mine now" });
    expect(r.location).toContain("save_error=not-found");
    expect(await testDb().folderItem.count({ where: { folderId } })).toBe(1);
    // Signed out: the folder page asks to sign in, the exports refuse.
    expect(text((await page(`/account/folders/${folderId}`)).html)).not.toContain("Acme");
    expect((await page(`/account/folders/${folderId}/csv`)).status).toBe(401);
  });

  it("the folder page lists items newest first with their notes; the list page counts them", async () => {
    await save(preview.cookie, { kind: "article", id: "2007100022", folderId, note: "" });
    const f = await page(`/account/folders/${folderId}`, preview.cookie);
    expect(f.status).toBe(200);
    const t = text(f.html);
    expect(t).toContain("2 items, newest first");
    expect(t.indexOf("CBP Adds Staff")).toBeLessThan(t.indexOf(HEADLINE));
    expect(t).toContain("Updated note");
    expect(t).toContain(TEASER);
    expect(f.html).not.toContain(BODY);
    const list = text((await page("/account/folders", preview.cookie)).html);
    expect(list).toContain("Acme v. United States");
    expect(list).toContain("2 items");
    expect(text((await page("/account/folders", subscriber.cookie)).html)).toContain("No folders yet");
  });

  it("exports CSV with every cell quoted and formula-looking cells defused", async () => {
    await save(preview.cookie, { kind: "article", id: ID, folderId, note: '=HYPERLINK("http://evil.example","x")' });
    const r = await page(`/account/folders/${folderId}/csv`, preview.cookie);
    expect(r.status).toBe(200);
    expect(r.type).toContain("text/csv");
    expect(r.disposition).toMatch(/attachment; filename="acme-v-united-states-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = r.html.trimEnd().split("\r\n");
    expect(lines[0]).toBe('"Saved","Type","Reference","Title","Date","Link","Teaser or summary","Note"');
    expect(lines).toHaveLength(3);
    const seed = lines.find((l) => l.includes(ID))!;
    expect(seed).toContain(`"Article","${ID}","${HEADLINE}`);
    expect(seed).toContain(`"${base()}${articlePath}"`);
    expect(seed).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(r.html).not.toContain(BODY);
  });

  it("the PDF digest has the title, each item's headline, public ID, date and note, and the full text the reader may read", async () => {
    const r = await bytes(`/account/folders/${folderId}/pdf`, preview.cookie);
    expect(r.status).toBe(200);
    expect(r.type).toBe("application/pdf");
    const { text: pdf } = await extractPdfText(r.data);
    for (const s of ["Acme v. United States", "Folder digest", "2 items", HEADLINE, ID, "July 9, 2020", "HYPERLINK", "CBP Adds Staff", TEASER, BODY])
      expect(pdf).toContain(s);
  });

  it("when the reader's access ends they keep the list (titles, teasers, notes) but no body, in the page, the CSV or the PDF", async () => {
    await testDb().user.update({ where: { id: preview.userId }, data: { previewEndsAt: new Date(Date.now() - 60_000) } });
    try {
      const f = await page(`/account/folders/${folderId}`, preview.cookie);
      expect(text(f.html)).toContain(HEADLINE);
      expect(text(f.html)).toContain("your access shows the teaser only");
      const digest = (await bytes(`/account/folders/${folderId}/pdf`, preview.cookie)).data;
      mkdirSync("test-results/screenshots", { recursive: true });
      writeFileSync("test-results/screenshots/folders-digest-teaser-only.pdf", digest); // to look at (pdftoppm)
      const { text: pdf } = await extractPdfText(digest);
      expect(pdf).toContain(HEADLINE);
      expect(pdf).toContain(TEASER);
      expect(pdf).toContain("Your access shows the teaser only");
      expect(pdf).not.toContain(BODY);
      // And saving more is refused by the same rule.
      expect((await save(preview.cookie, { kind: "article", id: "2007100022", folderId })).status).toBe(403);
    } finally {
      await testDb().user.update({ where: { id: preview.userId }, data: { previewEndsAt: new Date(Date.now() + 5 * 86_400_000) } });
    }
  });
});

describe("saving a source document", () => {
  it("the document page has the form for library readers; saving lands in the folder; others cannot", async () => {
    expect((await page(`/documents/${docId}`, subscriber.cookie)).html).toContain(FORM);
    expect((await page(`/documents/${docId}`, expired.cookie)).html).not.toContain(FORM);
    expect((await page(`/documents/${docId}`)).html).not.toContain(FORM);
    const r = await save(subscriber.cookie, { kind: "document", id: docId, folderName: "Rulings", note: "Read §2" });
    expect(r.status).toBe(303);
    expect(r.location).toMatch(new RegExp(`^/documents/${docId}\\?saved=`));
    const fid = folderIdFrom(r.location)!;
    const back = await page(r.location!.replace(/#.*/, ""), subscriber.cookie);
    expect(text(back.html)).toContain("Saved to Rulings");
    const f = text((await page(`/account/folders/${fid}`, subscriber.cookie)).html);
    expect(f).toContain("Source document");
    expect(f).toContain("Read §2");
    expect((await save(expired.cookie, { kind: "document", id: docId, folderName: "Rulings" })).status).toBe(403);
    // The JSON answer the document page's script asks for.
    const j = await save(subscriber.cookie, { kind: "document", id: docId, folderId: fid }, { accept: "application/json" });
    expect(j.status).toBe(200);
    expect(JSON.parse(j.body)).toMatchObject({ ok: true, duplicate: true, folder: { id: fid, name: "Rulings" } });
  });
});

describe.skipIf(!hasNginx() || !hasNjs())("through the front", () => {
  let front: Nginx;
  beforeAll(async () => {
    front = await startFront({ upstream: base() });
  });
  afterAll(async () => {
    await front?.stop();
  });

  it("pass holders get the shared page with a form naming no one's folders; the answer to a save is rendered for the person", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    const saved = await save(reader.cookie, { kind: "article", id: ID, folderName: "Front matter" });
    const fid = folderIdFrom(saved.location)!;
    const first = await fetch(`${front.url}${articlePath}`, { headers: { cookie: reader.cookie } });
    const pass = first.headers
      .getSetCookie()
      .map((c) => c.match(new RegExp(`^${PASS_COOKIE}=([^;]*)`))?.[1])
      .find(Boolean)!;
    await first.text();
    const cookie = `${reader.cookie}; ${PASS_COOKIE}=${pass}`;
    const url = `${front.url}${articlePath}?fill=${Date.now()}`;
    await (await fetch(url, { headers: { cookie } })).text();
    const shared = await fetch(url, { headers: { cookie } });
    expect(shared.headers.get("x-cache")).toBe("HIT");
    const sharedHtml = await shared.text();
    expect(sharedHtml).toContain(FORM);
    expect(sharedHtml).not.toContain("Front matter");
    expect(sharedHtml).not.toContain("<select");
    const answer = await fetch(`${front.url}${articlePath}?saved=${fid}`, { headers: { cookie } });
    expect(answer.headers.get("x-cache")).toBe("BYPASS");
    expect(text(await answer.text())).toContain("Saved to Front matter");
  });
});
