// Admin desk, through its real forms: complimentary access with an end date,
// seats (not below the members), staff roles — each audited.
import { describe, expect, it } from "vitest";
import { base, sessionCookie, submitForm, testDb } from "../support/fixtures.ts";

const said = async (r: Response) => (await r.text()).replace(/<!-- -->/g, "");

describe("admin desk", () => {
  it("grants complimentary access until a date, lists it, and the reader can read", async () => {
    const admin = await sessionCookie({ kind: "admin" });
    const reader = await sessionCookie({ kind: "preview-expired" });
    const until = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const r = await said(await submitForm("/newsroom/subscribers", { intent: "complimentary" }, { email: reader.email, until }, { cookie: admin.cookie }));
    expect(r).toContain(`${reader.email} has complimentary access until ${until}`);
    const body = await (await fetch(`${base()}/articles/2007090041`, { headers: { cookie: reader.cookie } })).text();
    expect(body).toContain("Integrated Joint Operations Platform");
    const list = await (await fetch(`${base()}/newsroom/subscribers?q=${encodeURIComponent(reader.email)}`, { headers: { cookie: admin.cookie } })).text();
    expect(list).toContain(reader.email);
    expect(list).toContain("complimentary");
    const past = await said(
      await submitForm("/newsroom/subscribers", { intent: "complimentary" }, { email: reader.email, until: "2001-01-01" }, { cookie: admin.cookie }),
    );
    expect(past).toContain("The end date must be in the future.");
  });

  it("sets seats (not below the members) and changes staff roles, both audited", async () => {
    const admin = await sessionCookie({ kind: "admin" });
    const org = await testDb().organization.create({ data: { name: `Seat Co ${Date.now()}`, seats: 2, allowedDomains: [] } });
    const m = await sessionCookie({ kind: "preview-expired" });
    await testDb().organizationMember.create({ data: { organizationId: org.id, userId: m.userId } });
    const tooFew = await said(await submitForm("/newsroom/subscribers", { intent: "seats", organizationId: org.id }, { seats: "0" }, { cookie: admin.cookie }));
    expect(tooFew).toContain("Seats must be a whole number from 1 to 10,000.");
    await submitForm("/newsroom/subscribers", { intent: "seats", organizationId: org.id }, { seats: "10" }, { cookie: admin.cookie });
    expect((await testDb().organization.findUniqueOrThrow({ where: { id: org.id } })).seats).toBe(10);
    const who = await sessionCookie({ kind: "subscriber" });
    const role = await said(await submitForm("/newsroom/staff", { intent: "role" }, { email: who.email, role: "EDITOR" }, { cookie: admin.cookie }));
    expect(role).toContain(`${who.email} is now editor.`);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: who.userId } })).role).toBe("EDITOR");
    expect(await testDb().auditLog.count({ where: { action: { in: ["staff.role", "organization.seats"] }, actorId: admin.userId } })).toBe(2);
  });
});
