// Share links (issue 20, decision 32), through real nginx (the front) as readers
// reach them: the recipient reads the one story in full, with the free-preview
// offer under it; the same token with another story's ID, a bot or link
// previewer, an expired or revoked link get the teaser; nothing read through a
// link is ever answered from, or stored in, a cache another visitor could get;
// the 11th link in a month is refused with when the allowance starts again; the
// sharer sees views (one per visitor per day) and revokes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasNginx, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { base, sessionCookie, submitForm, testDb } from "../support/fixtures.ts";
import { BOT_UAS, BROWSER_UA, createShareLink, spareArticle } from "../support/sharing.ts";

const ID = "2007090041";
const BODY = "Integrated Joint Operations Platform"; // body only (see no-leak.test.ts)
const OFFER = "try Trade Law Daily free";

if (!hasNginx()) console.warn("share-links.test.ts: no nginx; the front's part is skipped. Install it with: sudo apt-get install -y nginx");

describe.skipIf(!hasNginx())("share links through the front", () => {
  let front: Nginx;
  let sharer: { cookie: string; userId: string };
  let link: string;
  let other: Awaited<ReturnType<typeof spareArticle>>;
  const get = async (p: string, headers: Record<string, string> = {}) => {
    const r = await fetch(`${front.url}${p}`, { headers: { "user-agent": BROWSER_UA, ...headers }, redirect: "manual" });
    return {
      status: r.status,
      html: await r.text(),
      cache: r.headers.get("x-cache"),
      cacheControl: r.headers.get("cache-control") ?? "",
      location: r.headers.get("location"),
    };
  };
  const views = async () => testDb().shareLinkView.count({ where: { shareLink: { sharerId: sharer.userId } } });

  beforeAll(async () => {
    front = await startFront({ upstream: base() });
    sharer = await sessionCookie({ kind: "subscriber" });
    other = await spareArticle(0);
    const made = await createShareLink(sharer.cookie, ID, front.url);
    expect(made.location).toMatch(/^\/account\/share-links\?created=/);
    link = made.path!;
    expect(link).toMatch(new RegExp(`^/s/${ID}/[A-Za-z0-9_-]{43}$`));
  });
  afterAll(async () => {
    await front?.stop();
  });

  it("the sharer is shown the link once; only a keyed hash of its token is stored", async () => {
    const page = await fetch(`${front.url}/account/share-links?created=${encodeURIComponent(link)}`, { headers: { cookie: sharer.cookie } });
    const html = await page.text();
    expect(html).toContain("Your share link is ready");
    expect(html).toContain(link);
    const token = link.split("/").pop()!;
    const rows = await testDb().shareLink.findMany({ where: { sharerId: sharer.userId }, select: { tokenHash: true } });
    expect(rows.length).toBe(1);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await testDb().shareLink.findMany({ where: { sharerId: sharer.userId } }))).not.toContain(token);
    // Someone else who is handed the "created" address is not shown the link as theirs.
    const stranger = await sessionCookie({ kind: "subscriber" });
    const theirs = await (await fetch(`${front.url}/account/share-links?created=${encodeURIComponent(link)}`, { headers: { cookie: stranger.cookie } })).text();
    expect(theirs).not.toContain("Your share link is ready");
  });

  it("the recipient reads the story in full without an account, the free-preview offer under it; never from or into the front's cache", async () => {
    for (let i = 0; i < 3; i++) {
      const r = await get(link);
      expect(r.status).toBe(200);
      expect(r.html).toContain(BODY);
      expect(r.html).toContain(OFFER);
      expect(r.html.indexOf(OFFER)).toBeGreaterThan(r.html.indexOf(BODY));
      expect(r.html).toContain('action="/api/preview-signup"');
      expect(r.cacheControl).toBe("private, no-store");
      expect(r.cache).not.toBe("HIT");
    }
    // The story's own address is still the teaser for anonymous readers, from the front and from Next.
    for (const url of [`${front.url}/articles/${ID}`, `${front.url}/articles/${ID}/x`, `${base()}/teaser/${ID}`]) {
      const r = await fetch(url, { headers: { "user-agent": BROWSER_UA } });
      expect(await r.text(), url).not.toContain(BODY);
    }
    // The page data of the link, as Next's router would ask for it: the recipient's, never kept.
    const buildId = readFileSync(path.resolve(".next-test/BUILD_ID"), "utf8").trim();
    const data = await get(`/_next/data/${buildId}${link}.json`);
    expect(data.html).toContain(BODY);
    expect(data.cacheControl).toContain("no-store");
    const again = await get(`/_next/data/${buildId}${link}.json`, { "user-agent": BOT_UAS[0] });
    expect(again.html).not.toContain(BODY);
    expect(again.cache).not.toBe("HIT");
  });

  it("the same token with another story's ID, or a changed token, unlocks nothing", async () => {
    const token = link.split("/").pop()!;
    const swapped = await get(`/s/${other.publicId}/${token}`);
    expect(swapped.status).toBe(200);
    expect(swapped.html).not.toContain(other.phrase);
    expect(swapped.html).not.toContain(BODY);
    expect(swapped.html).toContain("This share link does not open this story");
    expect(swapped.html).toContain("Sign up for a free preview to unlock the rest of this article");
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const p of [`/s/${ID}/${flipped}`, `/s/${ID}/short`, `/s/${ID}/${token}x`]) {
      const r = await get(p);
      expect(r.html, p).not.toContain(BODY);
    }
    expect((await get(`/s/9999999999/${token}`)).status).toBe(404);
  });

  it("bots and link previewers get the teaser with its preview card, and are not counted", async () => {
    const before = await views();
    for (const ua of [...BOT_UAS, ""]) {
      const r = await get(link, { "user-agent": ua });
      expect(r.status, ua).toBe(200);
      expect(r.html, ua).not.toContain(BODY);
      expect(r.html, ua).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(r.html, ua).toMatch(/<meta property="og:description" content="[^"]+"/);
      expect(r.html, ua).not.toContain(OFFER);
    }
    expect(await views()).toBe(before);
  });

  it("views: one per visitor per day, not the sharer's own; shown to the sharer", async () => {
    const base0 = await views();
    await get(link);
    await get(link);
    expect(await views()).toBe(base0); // the browser of the tests above already counted today
    await get(link, { "user-agent": `${BROWSER_UA} Edg/131.0` });
    expect(await views()).toBe(base0 + 1);
    await get(link, { cookie: sharer.cookie, "user-agent": `${BROWSER_UA} Sharer/1` });
    expect(await views()).toBe(base0 + 1);
    const account = await (await fetch(`${front.url}/account`, { headers: { cookie: sharer.cookie } })).text();
    const row = account.match(new RegExp(`<tr[^>]*data-share-link="${ID}"[\\s\\S]*?</tr>`))![0];
    expect(row).toMatch(new RegExp(`data-views="true">${base0 + 1}<`));
    expect(row).toContain("Revoke");
  });

  it("a revoked link and an expired one show the teaser with a note, not an error", async () => {
    const second = (await createShareLink(sharer.cookie, ID, front.url)).path!;
    const linkRow = await testDb().shareLink.findFirstOrThrow({ where: { sharerId: sharer.userId }, orderBy: { createdAt: "desc" }, select: { id: true } });
    expect((await get(second)).html).toContain(BODY);
    const revoked = await submitForm("/account/share-links", { id: linkRow.id }, {}, { cookie: sharer.cookie });
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get("location")).toContain("revoked=1");
    const r = await get(second);
    expect(r.status).toBe(200);
    expect(r.html).not.toContain(BODY);
    expect(r.html).toContain("has withdrawn it");
    // Someone else cannot revoke the sharer's first link.
    const first = await testDb().shareLink.findFirstOrThrow({ where: { sharerId: sharer.userId, revokedAt: null }, select: { id: true } });
    const stranger = await sessionCookie({ kind: "subscriber" });
    // A crafted post of the sharer's form with the stranger's session.
    await submitForm("/account/share-links", { id: first.id }, {}, { cookie: stranger.cookie }, { formFrom: { cookie: sharer.cookie } });
    expect((await testDb().shareLink.findUniqueOrThrow({ where: { id: first.id } })).revokedAt).toBeNull();
    await testDb().shareLink.update({ where: { id: first.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await get(link);
    expect(expired.status).toBe(200);
    expect(expired.html).not.toContain(BODY);
    expect(expired.html).toContain("This share link has expired");
    await testDb().shareLink.update({ where: { id: first.id }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });
  });

  it("the 11th link in a calendar month is refused, saying when sharing starts again; readers without full access cannot share", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    for (let i = 0; i < 10; i++) expect((await createShareLink(reader.cookie, ID, front.url)).path, `link ${i + 1}`).toMatch(/^\/s\//);
    const eleventh = await createShareLink(reader.cookie, ID, front.url);
    expect(eleventh.path).toBeNull();
    expect(eleventh.location).toContain("refused=limit");
    const page = await (await fetch(`${front.url}${eleventh.location}`, { headers: { cookie: reader.cookie } })).text();
    const now = new Date();
    const resets = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toLocaleDateString("en-US", {
      timeZone: "UTC",
      day: "numeric",
      month: "long",
      year: "numeric",
    });
    expect(page).toContain("You have used all 10 share links for this month.");
    expect(page).toContain(`You can share again from ${resets}.`);
    // Two at once cannot make an 11th either.
    const racer = await sessionCookie({ kind: "preview" });
    await Promise.all(Array.from({ length: 14 }, () => createShareLink(racer.cookie, ID, front.url)));
    expect(await testDb().shareLink.count({ where: { sharerId: racer.userId } })).toBe(10);

    const expired = await sessionCookie({ kind: "preview-expired" });
    expect((await createShareLink(expired.cookie, ID, front.url)).location).toContain("refused=not-allowed");
    const anonymous = await fetch(`${front.url}/api/share-links`, { method: "POST", body: new URLSearchParams({ article: ID }), redirect: "manual" });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/sign-in\?callbackUrl=%2Farticles%2F2007090041/);
    // A draft is nobody's to share, and says so.
    const draft = await testDb().article.findFirst({ where: { status: "DRAFT", publicId: { not: null } }, select: { publicId: true } });
    if (draft) expect((await createShareLink(sharer.cookie, draft.publicId!, front.url)).location).toContain("refused=no-article");
  });

  it("the Share form is under a story read in full, and not on the teaser", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    const full = await (await fetch(`${base()}/articles/${ID}`, { headers: { cookie: reader.cookie } })).text();
    expect(full).toContain('action="/api/share-links"');
    const teaser = await (await fetch(`${front.url}/articles/${ID}`)).text();
    expect(teaser).not.toContain('action="/api/share-links"');
    const ended = await sessionCookie({ kind: "preview-expired" });
    expect(await (await fetch(`${base()}/articles/${ID}`, { headers: { cookie: ended.cookie } })).text()).not.toContain('action="/api/share-links"');
  });
});
