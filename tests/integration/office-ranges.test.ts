// Office IP ranges (issue 18, decision 22), through real nginx and directly:
// a reader at 127.0.0.2, inside a licence's 127.0.0.2/32, reads in full
// without signing in; a reader at 127.0.0.3 gets the teaser, and never the
// in-range page from the front's cache; a forged X-Forwarded-For gives
// nothing; a range removed means the teaser within the documented lifetime.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICE_ANSWER_SECONDS } from "../../lib/front/contract.ts";
import { hasNginx, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { getFrom, officeLicence } from "../support/office.ts";

const ID = "2007090041";
const SECRET = "Integrated Joint Operations Platform"; // a phrase of the gated body (see no-leak.test.ts)
const BODY_QUERY = "Huo Liujun"; // words of the body only
const GATE = "Sign up for a free preview to unlock the rest of this article";
const COMPANY = "Acme Customs Brokers LLP";
const IN = "127.0.0.2";
const OUT = "127.0.0.3";
const PROVIDED = new RegExp(`Access provided by <strong>${COMPANY}</strong>`);

describe.skipIf(!hasNginx())("office IP ranges", () => {
  let front: Nginx;
  let path: string;
  let licence: Awaited<ReturnType<typeof officeLicence>>;
  beforeAll(async () => {
    front = await startFront({ upstream: base() });
    const r = await fetch(`${base()}/articles/${ID}`);
    path = new URL(r.url).pathname;
    await r.text();
    licence = await officeLicence({ name: COMPANY, ranges: `${IN}/32` });
  });
  afterAll(async () => {
    await front?.stop();
  });

  it("through the front: in range, the full text with 'Access provided by'; outside, the cached teaser, never the in-range page", async () => {
    const url = `${front.url}${path}?office=${Date.now()}`;
    // The anonymous copy is in the cache first...
    const outside1 = await getFrom(OUT, url);
    const outside2 = await getFrom(OUT, url);
    expect([outside1.headers["x-cache"], outside2.headers["x-cache"]]).toEqual(["MISS", "HIT"]);
    // ...and still the in-range reader is not given it.
    for (let i = 0; i < 3; i++) {
      const inside = await getFrom(IN, url);
      expect(inside.status).toBe(200);
      expect(inside.text).toContain(SECRET);
      expect(inside.text).toMatch(PROVIDED);
      expect(inside.text).not.toContain(GATE);
      expect(inside.headers["x-cache"]).toBe("BYPASS");
      expect(inside.headers["cache-control"]).toMatch(/private|no-store/);
    }
    // The in-range page never went into the cache: outside, still the teaser (from the cache).
    for (const u of [url, `${front.url}${path}`, `${front.url}/articles/${ID}`]) {
      const outside = await getFrom(OUT, u);
      expect(outside.text, u).not.toContain(SECRET);
      expect(outside.text, u).toContain(GATE);
    }
    expect((await getFrom(OUT, url)).headers["x-cache"]).toBe("HIT");
  });

  it("directly to next start: the socket's address counts", async () => {
    const inside = await getFrom(IN, `${base()}${path}`);
    expect(inside.text).toContain(SECRET);
    expect(inside.text).toMatch(PROVIDED);
    const outside = await getFrom(OUT, `${base()}${path}`);
    expect(outside.text).not.toContain(SECRET);
    expect(outside.text).toContain(GATE);
  });

  it("a forged X-Forwarded-For (or peer header) from outside gives nothing, through the front or sent straight to next start", async () => {
    const forged: Record<string, string>[] = [
      { "x-forwarded-for": IN },
      { "x-forwarded-for": `${IN}, 127.0.0.1` },
      { "x-real-ip": IN },
      { "x-tld-peer": "127.0.0.1", "x-forwarded-for": IN },
    ];
    for (const headers of forged)
      for (const url of [`${front.url}${path}?forged=${Date.now()}`, `${base()}${path}`]) {
        const p = await getFrom(OUT, url, headers);
        expect(p.text, `${JSON.stringify(headers)} to ${url}`).not.toContain(SECRET);
        expect(p.text).toContain(GATE);
      }
    // The front's question is its own: a client cannot ask it, nor the app without the front's token.
    expect((await getFrom(IN, `${front.url}/_tld/office`)).status).toBe(404);
    const direct = await getFrom(IN, `${base()}/_tld/office`);
    expect(direct.status).toBe(404);
    expect(direct.headers["x-tld-office"]).toBeUndefined();
  });

  it("search through the front: in range, the full-text answer; outside, the same URL never gives it", async () => {
    const url = `${front.url}/search?q=${encodeURIComponent(BODY_QUERY)}&office=${Date.now()}`;
    const inside = await getFrom(IN, url);
    expect(inside.text).toContain(`/articles/${ID}/`);
    for (let i = 0; i < 2; i++) expect((await getFrom(OUT, url)).text).not.toContain(`/articles/${ID}/`);
    // And an anonymous answer kept by the front is not what the in-range reader gets.
    expect((await getFrom(IN, url)).text).toContain(`/articles/${ID}/`);
  });

  it("a signed-in reader whose preview ended reads in range (not from a pass), and the account page names the office network", async () => {
    const expired = await sessionCookie({ kind: "preview-expired" });
    const inside = await getFrom(IN, `${front.url}${path}`, { cookie: expired.cookie });
    expect(inside.text).toContain(SECRET);
    expect(inside.text).toMatch(PROVIDED);
    // A pass belongs to a session and would outlive the address: the session alone may read teasers only.
    expect(String(inside.headers["set-cookie"] ?? "")).toMatch(/tld_pass=teaser\./);
    const account = await getFrom(IN, `${base()}/account`, { cookie: expired.cookie });
    expect(account.text).toContain(`Office network of ${COMPANY}`);
    const outside = await getFrom(OUT, `${front.url}${path}`, { cookie: expired.cookie });
    expect(outside.text).not.toContain(SECRET);
  });

  it("a licence admin can set ranges but not broad ones; refusals name each line; changes are audited", async () => {
    const member = await sessionCookie({ kind: "preview-expired" });
    await testDb().organizationMember.create({ data: { organizationId: licence.org.id, userId: member.userId, isAdmin: true } });
    const refused = await licence.setRanges(`${IN}/32\n81.0.0.0/15\n0.0.0.0/0`, member.cookie, { allowBroad: "on" });
    expect(refused).toMatchObject({ ok: false, message: "Only a newsroom admin can allow ranges broader than /16 (IPv4) or /32 (IPv6)." });
    const lines = await licence.setRanges(`${IN}/32\n81.0.0.0/15\n0.0.0.0/0`, member.cookie);
    expect(lines.ok).toBe(false);
    expect(lines.message).toContain("Line 2 (81.0.0.0/15) is broader than /16 (IPv4)");
    expect(lines.message).toContain("Line 3 (0.0.0.0/0) is /0, the whole internet");
    // Nothing was saved: the reader in range still reads.
    expect((await getFrom(IN, `${base()}${path}`)).text).toContain(SECRET);
    // A newsroom admin may allow the broad one.
    expect(await licence.setRanges(`${IN}/32\n81.0.0.0/15`, licence.admin.cookie, { allowBroad: "on" })).toMatchObject({ ok: true });
    expect(await licence.setRanges(`${IN}/32`, member.cookie)).toMatchObject({ ok: true });
    // Another licence cannot take an overlapping range.
    const other = await officeLicence({ ranges: "127.0.0.40/32" });
    const overlap = await other.setRanges("127.0.0.0/30", member.cookie);
    expect(overlap.ok).toBe(false);
    const overlapByAdmin = await other.setRanges("127.0.0.0/30");
    expect(overlapByAdmin.message).toContain(`Line 1 (127.0.0.0/30) overlaps ${IN}/32, which belongs to ${COMPANY}`);
    const audits = await testDb().auditLog.findMany({ where: { action: "organization.office-ranges", subject: licence.org.id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.detail)).toEqual([
      { added: [`${IN}/32`], removed: [], broad: [] },
      { added: ["81.0.0.0/15"], removed: [], broad: ["81.0.0.0/15"] },
      { added: [], removed: ["81.0.0.0/15"], broad: [] },
    ]);
  });

  it(`range removed: the teaser, through the front and directly, within the documented ${OFFICE_ANSWER_SECONDS} s`, async () => {
    const url = `${front.url}${path}`;
    expect((await getFrom(IN, url)).text).toContain(SECRET);
    const removedAt = Date.now();
    expect(await licence.setRanges("")).toMatchObject({ ok: true });
    let viaFront = await getFrom(IN, url);
    while (viaFront.text.includes(SECRET) && Date.now() - removedAt < (OFFICE_ANSWER_SECONDS + 5) * 1000) {
      await new Promise((r) => setTimeout(r, 1000));
      viaFront = await getFrom(IN, url);
    }
    const seconds = (Date.now() - removedAt) / 1000;
    console.log(`[office ranges] range removed → teaser through the front after ${seconds.toFixed(1)} s`);
    expect(viaFront.text).not.toContain(SECRET);
    expect(viaFront.text).toContain(GATE);
    expect(seconds).toBeLessThanOrEqual(OFFICE_ANSWER_SECONDS);
    expect((await getFrom(IN, `${base()}${path}`)).text).not.toContain(SECRET);
  });
});
