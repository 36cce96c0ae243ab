// Free-preview sign-up by magic link, through the real form, SMTP catcher and
// next-auth callback; and the abuse rules around it.
import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { base, inbox, magicLinkFrom, submitSignupForm, testDb, waitForMail } from "../support/fixtures.ts";

const ARTICLE = "/articles/2007090041";
const fresh = () => `Reader.${randomBytes(4).toString("hex")}@Example.COM`;
const ip = () => ({ "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

/** Follow a magic link like a browser: keep cookies, follow redirects. */
async function followLink(link: string) {
  let url = link;
  let cookie = "";
  for (let i = 0; i < 6; i++) {
    const r = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
    for (const c of r.headers.getSetCookie()) cookie += (cookie ? "; " : "") + c.split(";")[0];
    const loc = r.headers.get("location");
    if (!loc) return { status: r.status, url, cookie, html: await r.text() };
    url = new URL(loc, url).toString();
  }
  throw new Error("too many redirects");
}

describe("free preview sign-up", () => {
  it("sends a link that signs a new reader in, starts the preview and returns to the article in full", async () => {
    const email = fresh();
    const html = await submitSignupForm(ARTICLE, email, ip());
    expect(html).toContain("Check your inbox");
    const mail = await waitForMail(email.toLowerCase());
    expect(mail.subject).toMatch(/sign-in link/i);
    const landed = await followLink(magicLinkFrom(mail));
    expect(landed.url).toMatch(/\/articles\/2007090041\/us-sanctions/);
    expect(landed.html).toContain("Integrated Joint Operations Platform");
    const user = await testDb().user.findUnique({ where: { email: email.toLowerCase() } });
    const days = (user!.previewEndsAt!.getTime() - user!.previewStartedAt!.getTime()) / 86_400_000;
    expect(days).toBe(inject("previewDays"));
    const account = await fetch(`${base()}/account`, { headers: { cookie: landed.cookie } }).then((r) => r.text());
    expect(account).toContain("Full access until");
  });

  it("refuses a link that was already used, with a clear page", async () => {
    const email = fresh();
    await submitSignupForm(ARTICLE, email, ip());
    const link = magicLinkFrom(await waitForMail(email.toLowerCase()));
    await followLink(link);
    const again = await followLink(link);
    expect(again.url).toContain("/sign-in/error");
    expect(again.html).toContain("This sign-in link can no longer be used");
    expect(again.cookie).not.toContain("session-token");
  });

  it("refuses an expired link", async () => {
    const email = fresh();
    await submitSignupForm(ARTICLE, email, ip());
    const link = magicLinkFrom(await waitForMail(email.toLowerCase()));
    await testDb().verificationToken.updateMany({ where: { identifier: email.toLowerCase() }, data: { expires: new Date(Date.now() - 1000) } });
    const r = await followLink(link);
    expect(r.url).toContain("/sign-in/error");
    expect(r.html).toContain("This sign-in link can no longer be used");
  });

  it("gives the same answer for a known and an unknown address", async () => {
    const known = await submitSignupForm(ARTICLE, "editor@tradelawdaily.test", ip());
    const unknown = await submitSignupForm(ARTICLE, fresh(), ip());
    const said = (h: string) => h.match(/<div role="status"[\s\S]*?<\/div>/)?.[0].replace(/<strong>[^<]*<\/strong>/, "");
    expect(said(known)).toBeTruthy();
    expect(said(known)).toBe(said(unknown));
  });

  it("refuses invalid addresses with a clear message and sends nothing", async () => {
    const before = (await inbox()).length;
    for (const bad of ["not-an-email", "a@b", "<script>@x.com", "x".repeat(300) + "@example.com", ""]) {
      const html = await submitSignupForm(ARTICLE, bad, ip());
      expect(html).toContain("Please enter a valid email address");
    }
    expect((await inbox()).length).toBe(before);
  });

  it("normalises addresses: case and spaces do not make a second account", async () => {
    const email = `  Mixed.${randomBytes(3).toString("hex")}@Example.com `;
    await submitSignupForm(ARTICLE, email, ip());
    const mail = await waitForMail(email.trim().toLowerCase());
    expect(mail.to).toEqual([email.trim().toLowerCase()]);
  });

  it("limits requests per address, with a clear message, kept in PostgreSQL", async () => {
    const email = fresh();
    for (let i = 0; i < 5; i++) expect(await submitSignupForm(ARTICLE, email, ip())).toContain("Check your inbox");
    const sixth = await submitSignupForm(ARTICLE, email, ip());
    expect(sixth).toContain("Too many sign-in links were requested for this address");
    const row = await testDb().rateLimit.findUnique({ where: { key: `magic-link:email:${email.toLowerCase()}` } });
    expect(row?.count).toBe(6);
    expect((await inbox(email.toLowerCase())).length).toBe(5);
  });

  it("limits requests per IP address", async () => {
    const from = { "x-forwarded-for": `10.77.${Math.floor(Math.random() * 250)}.1` };
    for (let i = 0; i < 20; i++) await submitSignupForm(ARTICLE, fresh(), from);
    const html = await submitSignupForm(ARTICLE, fresh(), from);
    expect(html).toContain("Too many sign-in requests from your network");
  });
});
