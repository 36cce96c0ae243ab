// Company site licences: seats, members, domain sign-up, removal.
import { describe, expect, it } from "vitest";
import { base, followLink, magicLinkFrom, sessionCookie, submitForm, submitSignupForm, testDb, waitForMail } from "../support/fixtures.ts";
import { control, flush, waitFor } from "../support/stripe.ts";

const ARTICLE = "/articles/2007090041";
const BODY = "Integrated Joint Operations Platform";
const read = async (cookie: string) => (await fetch(`${base()}${ARTICLE}`, { headers: { cookie } })).text();
const text = async (r: Response) => (await r.text()).replace(/<!-- -->/g, "");

describe("site licence with 2 seats", () => {
  it("two members read in full, a third is refused, a domain sign-up joins a freed seat, a removed member loses access at once", async () => {
    // The buyer signs in with a company address, so listing that domain needs no further proof.
    const buyer = await sessionCookie({ kind: "preview-expired", email: `buyer.${Date.now()}@acme-imports.test` });
    const r = await submitForm("/subscribe", { plan: "site-licence" }, { organizationName: "Acme Imports", seats: "2" }, { cookie: buyer.cookie });
    expect(r.status).toBe(303);
    const sessionId = r.headers.get("location")!.split("/checkout/")[1];
    await control(`checkout/${sessionId}/complete`, { card: "4242424242424242" });
    await flush();
    const membership = await waitFor(
      () => testDb().organizationMember.findFirst({ where: { userId: buyer.userId }, include: { organization: true } }),
      "organisation",
    );
    expect(membership.isAdmin).toBe(true);
    expect(membership.organization.seats).toBe(2);
    const orgId = membership.organizationId;
    const orgPage = `/account/organization/${orgId}`;
    expect(await read(buyer.cookie)).toContain(BODY);

    // Second seat.
    const b = await sessionCookie({ kind: "preview-expired" });
    expect(await read(b.cookie)).not.toContain(BODY);
    const added = await submitForm(orgPage, { intent: "add" }, { email: b.email }, { cookie: buyer.cookie });
    expect(await text(added)).toContain(`${b.email} now has a seat.`);
    expect(await read(b.cookie)).toContain(BODY);

    // Third: refused with a clear message.
    const c = await sessionCookie({ kind: "preview-expired" });
    const refused = await submitForm(orgPage, { intent: "add" }, { email: c.email }, { cookie: buyer.cookie });
    expect(await text(refused)).toContain("All 2 seats of this licence are taken.");
    expect(await read(c.cookie)).not.toContain(BODY);

    // Domains, then removal frees a seat; removal is immediate.
    const dom = await submitForm(orgPage, { intent: "domains" }, { domains: "acme-imports.test" }, { cookie: buyer.cookie });
    expect(await text(dom)).toContain("Colleagues at acme-imports.test join when they sign in.");
    const removed = await submitForm(orgPage, { intent: "remove", userId: b.userId }, {}, { cookie: buyer.cookie });
    expect(await text(removed)).toContain("Member removed");
    expect(await read(b.cookie)).not.toContain(BODY);

    // A colleague signs up with a company address and joins.
    const email = `colleague.${Date.now()}@acme-imports.test`;
    await submitSignupForm(ARTICLE, email, { "x-forwarded-for": "10.1.2.3" });
    const { cookie } = await followLink(magicLinkFrom(await waitForMail(email)));
    const colleague = await testDb().user.findUnique({ where: { email }, include: { memberships: true } });
    expect(colleague?.memberships.map((m) => m.organizationId)).toEqual([orgId]);
    // Their free preview is running too; end it to prove the licence alone grants access.
    await testDb().user.update({ where: { email }, data: { previewEndsAt: new Date(Date.now() - 1000) } });
    expect(await read(cookie)).toContain(BODY);

    // Full again: another colleague signing in is told so on the account page.
    const late = await sessionCookie({ kind: "preview-expired", email: `late.${Date.now()}@acme-imports.test` });
    const account = await text(await fetch(`${base()}/account`, { headers: { cookie: late.cookie } }));
    expect(account).toContain("has no free seat for you");
  });

  it("someone who is not the licence's administrator gets a 404 for its page and cannot change it", async () => {
    const org = await testDb().organization.findFirst({ where: { name: "Acme Imports" } });
    const outsider = await sessionCookie({ kind: "subscriber" });
    const res = await fetch(`${base()}/account/organization/${org!.id}`, { headers: { cookie: outsider.cookie } });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("seats used");
  });
});
