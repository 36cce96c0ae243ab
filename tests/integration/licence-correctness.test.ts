// Licence correctness (issue 18, item 5): no second checkout for a reader who
// already has access; a seat cut takes seats from the most recently joined
// and tells them; join domains are proven before they admit anyone; one free
// preview per mailbox; invitations are limited and carry no admin text.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { base, inbox, sessionCookie, submitForm, testDb, waitForMail } from "../support/fixtures.ts";
import { signInByEmail } from "../support/sign-in.ts";
import { control, flush, stripeClient, waitFor } from "../support/stripe.ts";

const ARTICLE = "/articles/2007090041";
const BODY = "Integrated Joint Operations Platform";
const read = async (cookie: string) => (await fetch(`${base()}${ARTICLE}`, { headers: { cookie } })).text();
const text = async (r: Response) => (await r.text()).replace(/<!-- -->/g, "");
const tag = () => randomBytes(4).toString("hex");

/** A licence bought through /subscribe and the double's checkout; returns its admin and id. */
async function buyLicence(seats: number, adminEmail?: string) {
  const admin = await sessionCookie({ kind: "preview-expired", ...(adminEmail ? { email: adminEmail } : {}) });
  const name = `Licence ${tag()}`;
  const r = await submitForm("/subscribe", { plan: "site-licence" }, { organizationName: name, seats: String(seats) }, { cookie: admin.cookie });
  expect(r.status).toBe(303);
  const sessionId = r.headers.get("location")!.split("/checkout/")[1];
  await control(`checkout/${sessionId}/complete`, { card: "4242424242424242" });
  await flush();
  const m = await waitFor(() => testDb().organizationMember.findFirst({ where: { userId: admin.userId } }), "licence");
  return { admin, orgId: m.organizationId, page: `/account/organization/${m.organizationId}` };
}

describe("no second subscription", () => {
  it("a licence member sees what they have at /subscribe, and a crafted post starts no checkout", async () => {
    const { admin } = await buyLicence(2);
    const page = await text(await fetch(`${base()}/subscribe`, { headers: { cookie: admin.cookie } }));
    expect(page).toContain("You already have Trade Law Daily");
    expect(page).toContain("your company&#x27;s site licence");
    expect(page).not.toContain("Buy a site licence");
    const before = (await stripeClient().checkout.sessions.list({ limit: 100 })).data.length;
    const crafted = await submitForm("/subscribe", { plan: "individual-monthly" }, {}, { cookie: admin.cookie }, { formFrom: {} });
    expect(crafted.status).toBe(200);
    expect((await stripeClient().checkout.sessions.list({ limit: 100 })).data.length).toBe(before);
  });

  it("a double click or a second tab gets the same checkout, so only one can be paid", async () => {
    const reader = await sessionCookie({ kind: "preview-expired" });
    const [a, b] = await Promise.all([
      submitForm("/subscribe", { plan: "individual-monthly" }, {}, { cookie: reader.cookie }),
      submitForm("/subscribe", { plan: "individual-monthly" }, {}, { cookie: reader.cookie }),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(a.headers.get("location")).toBe(b.headers.get("location"));
    // Choosing another plan closes the first checkout: it can no longer be paid.
    const c = await submitForm("/subscribe", { plan: "individual-annual" }, {}, { cookie: reader.cookie });
    expect(c.status).toBe(303);
    const first = a.headers.get("location")!.split("/checkout/")[1];
    expect(c.headers.get("location")).not.toContain(first);
    expect((await stripeClient().checkout.sessions.retrieve(first)).status).toBe("expired");
  });
});

describe("seats cut below the members", () => {
  it("through the billing portal's webhook: the most recently joined lose access, are told, and the admin can choose differently", async () => {
    const { admin, orgId, page } = await buyLicence(4);
    const members: Awaited<ReturnType<typeof sessionCookie>>[] = [];
    for (let n = 0; n < 3; n++) {
      const m = await sessionCookie({ kind: "preview-expired" });
      expect(await text(await submitForm(page, { intent: "add" }, { email: m.email }, { cookie: admin.cookie }))).toContain(`${m.email} now has a seat.`);
      members.push(m);
    }
    for (const m of members) expect(await read(m.cookie)).toContain(BODY);

    // The customer cuts the licence to 2 seats in the billing portal: Stripe sends customer.subscription.updated.
    const sub = await testDb().subscription.findFirstOrThrow({ where: { organizationId: orgId } });
    const stripeSub = await stripeClient().subscriptions.retrieve(sub.stripeSubscriptionId!);
    await stripeClient().subscriptions.update(stripeSub.id, { items: [{ id: stripeSub.items.data[0].id, quantity: 2 }] });
    await flush();
    await waitFor(async () => (await testDb().organization.findUnique({ where: { id: orgId } }))?.seats === 2, "seats cut");

    // Admin (joined first) and the first member keep reading; the two most recent lose licence access.
    expect(await read(admin.cookie)).toContain(BODY);
    expect(await read(members[0].cookie)).toContain(BODY);
    expect(await read(members[1].cookie)).not.toContain(BODY);
    expect(await read(members[2].cookie)).not.toContain(BODY);
    for (const m of members.slice(1)) expect((await waitForMail(m.email)).subject).toBe("Your Trade Law Daily licence seat has ended");
    expect((await inbox(members[0].email)).some((m) => m.subject.includes("ended"))).toBe(false);

    // The same event again changes nothing and mails nobody twice.
    const events = await stripeClient().events.list({ limit: 20, type: "customer.subscription.updated" });
    const ev = events.data.find((e) => (e.data.object as { id: string }).id === stripeSub.id)!;
    await control(`events/${ev.id}/redeliver`, {});
    await flush();
    expect((await inbox(members[1].email)).filter((m) => m.subject.includes("ended")).length).toBe(1);

    // The admin sees who lost their seat and chooses differently: the first member's seat goes to the third.
    const admPage = await text(await fetch(`${base()}${page}`, { headers: { cookie: admin.cookie } }));
    expect(admPage).toContain("2 members have no seat");
    expect(admPage).toContain("2 of 2 seats used");
    const full = await submitForm(page, { intent: "reinstate", userId: members[2].userId }, {}, { cookie: admin.cookie });
    expect(await text(full)).toContain("All 2 seats of this licence are taken.");
    await submitForm(page, { intent: "suspend", userId: members[0].userId }, {}, { cookie: admin.cookie });
    const given = await submitForm(page, { intent: "reinstate", userId: members[2].userId }, {}, { cookie: admin.cookie });
    expect(await text(given)).toContain("Seat given");
    expect(await read(members[0].cookie)).not.toContain(BODY);
    expect(await read(members[2].cookie)).toContain(BODY);

    // Seats go back up: the longest-waiting member gets their seat back.
    await stripeClient().subscriptions.update(stripeSub.id, { items: [{ id: stripeSub.items.data[0].id, quantity: 3 }] });
    await flush();
    await waitFor(async () => (await read(members[1].cookie)).includes(BODY), "seat given back");
  });

  it("in the newsroom: an admin's seat change suspends the same way and says who", async () => {
    const { admin, orgId, page } = await buyLicence(3);
    const m = await sessionCookie({ kind: "preview-expired" });
    await submitForm(page, { intent: "add" }, { email: m.email }, { cookie: admin.cookie });
    const staff = await sessionCookie({ kind: "admin" });
    const r = await submitForm("/newsroom/subscribers", { organizationId: orgId, intent: "seats" }, { seats: "1" }, { cookie: staff.cookie });
    expect(await text(r)).toContain(`lost their seats: ${m.email}`);
    expect(await read(m.cookie)).not.toContain(BODY);
    expect(await read(admin.cookie)).toContain(BODY);
  });
});

describe("join domains", () => {
  it("free-mail, disposable, the publisher's own and a stranger's unproven domain admit nobody", async () => {
    const { admin, page } = await buyLicence(5);
    const say = async (domains: string) => text(await submitForm(page, { intent: "domains" }, { domains }, { cookie: admin.cookie }));
    expect(await say("gmail.com")).toContain("gmail.com is a free email service");
    expect(await say("mailinator.com")).toMatch(/mailinator\.com is a (free|disposable) email service/);
    expect(await say("tradelawdaily.test")).toContain("tradelawdaily.test is Trade Law Daily's own domain".replace("'", "&#x27;"));

    // A domain the admin has no address at waits for proof, and a reader there joins nothing.
    const victim = `bigcorp-victim-${tag()}.example`;
    expect(await say(victim)).toContain(`${victim} will admit colleagues once verified`);
    const alice = `alice@${victim}`;
    const cookie = await signInByEmail(alice);
    const u = await testDb().user.findUniqueOrThrow({ where: { email: alice }, include: { memberships: true } });
    expect(u.memberships).toEqual([]);
    const adminPage = await text(await fetch(`${base()}${page}`, { headers: { cookie: admin.cookie } }));
    expect(adminPage).not.toContain(alice);
    expect(cookie).toBeTruthy();
  });

  it("a newsroom admin's approval makes a pending domain admit colleagues", async () => {
    const { admin, orgId, page } = await buyLicence(5);
    const domain = `firm-${tag()}.example`;
    await submitForm(page, { intent: "domains" }, { domains: domain }, { cookie: admin.cookie });
    const staff = await sessionCookie({ kind: "admin" });
    const ok = await submitForm("/newsroom/subscribers", { organizationId: orgId, domain, intent: "approve-domain" }, {}, { cookie: staff.cookie });
    expect(await text(ok)).toContain(`${domain} now admits colleagues`);
    const bob = `bob@${domain}`;
    const cookie = await signInByEmail(bob);
    await testDb().user.update({ where: { email: bob }, data: { previewEndsAt: new Date(Date.now() - 1000) } });
    expect(await read(cookie)).toContain(BODY);
    const row = await testDb().organizationMember.findFirst({ where: { organizationId: orgId, user: { email: bob } } });
    expect(row).not.toBeNull();
  });
});

describe("one free preview per mailbox", () => {
  it("a plus-alias and Gmail's dots get no second preview; the address stays as typed", async () => {
    const t = tag();
    const first = await signInByEmail(`reader${t}@example.com`);
    expect(await read(first)).toContain(BODY);
    const alias = `reader${t}+again1@example.com`;
    const again = await signInByEmail(alias);
    expect(await read(again)).not.toContain(BODY);
    expect(await testDb().user.findUnique({ where: { email: alias } })).not.toBeNull();

    const g = await signInByEmail(`jane.doe.${t}@gmail.com`);
    expect(await read(g)).toContain(BODY);
    const dotless = await signInByEmail(`janedoe${t}@googlemail.com`);
    expect(await read(dotless)).not.toContain(BODY);
  });
});

describe("invitations", () => {
  it("the eleventh in an hour is refused, and the subject carries no text the admin chose", async () => {
    const { admin, page } = await buyLicence(20);
    await testDb().organization.updateMany({ where: { members: { some: { userId: admin.userId } } }, data: { name: "FREE PRIZE click here" } });
    const emails = Array.from({ length: 11 }, (_, i) => `invitee${i}.${tag()}@example.com`);
    for (const e of emails.slice(0, 10))
      expect(await text(await submitForm(page, { intent: "add" }, { email: e }, { cookie: admin.cookie }))).toContain("now has a seat");
    const eleventh = await text(await submitForm(page, { intent: "add" }, { email: emails[10] }, { cookie: admin.cookie }));
    expect(eleventh).toContain("This licence has sent 10 invitations in the last hour");
    expect(await inbox(emails[10])).toEqual([]);
    const mail = await waitForMail(emails[0]);
    expect(mail.subject).toBe("You have a seat on a Trade Law Daily site licence");
    expect(mail.subject).not.toContain("FREE PRIZE");
  });

  it("a stranger added and then removed gets the free preview at their first sign-in, like any new reader", async () => {
    const { admin, page } = await buyLicence(3);
    const email = `stranger.${tag()}@example.com`;
    await submitForm(page, { intent: "add" }, { email }, { cookie: admin.cookie });
    const u = await testDb().user.findUniqueOrThrow({ where: { email } });
    await submitForm(page, { intent: "remove", userId: u.id }, {}, { cookie: admin.cookie });
    const cookie = await signInByEmail(email);
    expect(await read(cookie)).toContain(BODY);
  });
});
