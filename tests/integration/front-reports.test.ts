// The front's copy of the usage reports (docs/decisions/0036-report-pages-at-the-front.md).
// What must hold: a licence admin's first view comes from the app with a report
// pass for that report only; with it, their next views (and another admin's of the
// same licence) come from the front's copy; nobody else ever gets a report from
// it: not a member, not another licence's admin, not a pass moved to another
// session or another report, not a forged shared-render header.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_PASS_COOKIE, SHARED_RENDER_HEADER } from "../../lib/front/contract.ts";
import { hasNginx, hasNjs, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";

const DAY = 86_400_000;
type Person = { userId: string; email: string; cookie: string };
type Page = { status: number; html: string; cache: string | null; pass: string | null; setCookie: string[] };

async function get(url: string, cookie?: string, extra: Record<string, string> = {}): Promise<Page> {
  const r = await fetch(url, { headers: { ...(cookie ? { cookie } : {}), ...extra }, redirect: "manual" });
  const setCookie = r.headers.getSetCookie();
  const pass = setCookie.map((c) => c.match(new RegExp(`^${REPORT_PASS_COOKIE}=([^;]+)`))?.[1]).find((v) => v !== undefined) ?? null;
  return { status: r.status, html: (await r.text()).replace(/<!-- -->/g, ""), cache: r.headers.get("x-cache"), pass, setCookie };
}
const withPass = (p: Person, pass: string) => `${p.cookie}; ${REPORT_PASS_COOKIE}=${pass}`;

async function licence(name: string) {
  const db = testDb();
  const org = await db.organization.create({ data: { name, seats: 5, allowedDomains: [] } });
  await db.subscription.create({ data: { organizationId: org.id, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 40 * DAY) } });
  const admin = await sessionCookie({ kind: "preview-expired" });
  await db.organizationMember.create({ data: { organizationId: org.id, userId: admin.userId, isAdmin: true } });
  return { id: org.id, name, admin };
}

describe.skipIf(!hasNginx() || !hasNjs())("the front's copy of the usage reports, for report pass holders", () => {
  let front: Nginx;
  let a: Awaited<ReturnType<typeof licence>>;
  let b: Awaited<ReturnType<typeof licence>>;
  let coAdmin: Person;
  let member: Person;
  let aPass: string;
  const report = (id: string, q = "") => `${front.url}/account/organization/${id}/usage${q}`;

  beforeAll(async () => {
    front = await startFront({ upstream: base() });
    const tag = randomBytes(3).toString("hex");
    a = await licence(`Report Firm A ${tag}`);
    b = await licence(`Report Firm B ${tag}`);
    coAdmin = await sessionCookie({ kind: "preview-expired" });
    member = await sessionCookie({ kind: "preview-expired" });
    await testDb().organizationMember.create({ data: { organizationId: a.id, userId: coAdmin.userId, isAdmin: true } });
    await testDb().organizationMember.create({ data: { organizationId: a.id, userId: member.userId } });
  }, 60_000);
  afterAll(async () => {
    await front?.stop();
  });

  it("an admin's first view comes from the app with a pass for this report only; with it, the next come from the front's copy", async () => {
    const first = await get(report(a.id), a.admin.cookie);
    expect(first.status).toBe(200);
    expect(first.cache).toBe("BYPASS");
    expect(first.html).toContain(a.name);
    expect(first.pass).toMatch(new RegExp(`^o-${a.id}\\.\\d+\\.`));
    const cookie = first.setCookie.find((c) => c.startsWith(`${REPORT_PASS_COOKIE}=`))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toContain(`Path=/account/organization/${a.id}/usage`);
    aPass = first.pass!;

    const url = report(a.id, `?month=2026-01&fill=${Date.now()}`);
    const miss = await get(url, withPass(a.admin, aPass));
    const hit = await get(url, withPass(a.admin, aPass));
    expect([miss.cache, hit.cache]).toEqual(["MISS", "HIT"]);
    for (const p of [miss, hit]) {
      expect(p.status).toBe(200);
      expect(p.html).toContain(`Usage in January 2026`);
      expect(p.html).toContain(a.name);
      // Rendered for "an admin of this licence", not for this person (its members, the admin among them, are
      // the report's own content: the idle seats list), and it sets nothing.
      expect(p.setCookie).toEqual([]);
    }
    // Another month is another copy.
    expect((await get(report(a.id, `?month=2025-12&fill=${Date.now()}`), withPass(a.admin, aPass))).html).toContain("Usage in December 2025");
  });

  it("another admin of the same licence shares the copy; its members and other licences' admins get no pass and no report", async () => {
    const co = await get(report(a.id), coAdmin.cookie);
    expect(co.pass).toMatch(new RegExp(`^o-${a.id}\\.`));
    const url = report(a.id, `?share=${Date.now()}`);
    expect((await get(url, withPass(a.admin, aPass))).cache).toBe("MISS");
    expect((await get(url, withPass(coAdmin, co.pass!))).cache).toBe("HIT");

    const m = await get(report(a.id), member.cookie);
    expect(m.status).toBe(404);
    expect(m.pass).toBeNull();
    const other = await get(report(a.id), b.admin.cookie);
    expect(other.status).toBe(404);
    expect(other.pass).toBeNull();
  });

  it("a pass opens only its own report, only with its own session", async () => {
    // A's pass on B's report, with A's session: the app answers, and A is not B's admin.
    const moved = await get(report(b.id, `?moved=${Date.now()}`), withPass(a.admin, aPass));
    expect(moved.cache).toBe("BYPASS");
    expect(moved.status).toBe(404);
    expect(moved.html).not.toContain(b.name);
    // A's pass with a member's session, on A's report: not honoured by the front; the app refuses the member.
    const stolen = await get(report(a.id, `?month=2026-01&fill=x`), withPass(member, aPass));
    expect(stolen.cache).toBe("BYPASS");
    expect(stolen.status).toBe(404);
    expect(stolen.html).not.toContain(a.name);
    // The pass on the publisher's list.
    const list = await get(`${front.url}/newsroom/licences`, withPass(a.admin, aPass));
    expect(list.cache).toBe("BYPASS");
    expect(list.status).toBe(403);
    // No session at all, or a forged shared-render header: the app, which sends the visitor to sign in.
    for (const p of [await get(report(a.id), `${REPORT_PASS_COOKIE}=${aPass}`), await get(report(a.id), undefined, { [SHARED_RENDER_HEADER]: "forged" })]) {
      expect(p.html).not.toContain(a.name);
      expect(p.cache).toBe("BYPASS");
    }
  });

  it("the publisher's licence list: a site admin gets a pass and the front's copy; an editor gets neither", async () => {
    const admin = await sessionCookie({ kind: "admin" });
    const first = await get(`${front.url}/newsroom/licences`, admin.cookie);
    expect(first.status).toBe(200);
    expect(first.pass).toMatch(/^pub\./);
    expect(first.setCookie.find((c) => c.startsWith(`${REPORT_PASS_COOKIE}=`))).toContain("Path=/newsroom/licences");
    const url = `${front.url}/newsroom/licences?q=${encodeURIComponent(a.name)}`;
    const miss = await get(url, withPass(admin, first.pass!));
    const hit = await get(url, withPass(admin, first.pass!));
    expect([miss.cache, hit.cache]).toEqual(["MISS", "HIT"]);
    expect(hit.html).toContain(a.name);
    expect(hit.html).not.toContain(admin.email);

    const editor = await sessionCookie({ kind: "editor" });
    const e = await get(url, editor.cookie);
    expect(e.status).toBe(403);
    expect(e.pass).toBeNull();
    expect(e.html).not.toContain(a.name);
  });
});
