// Sign-in by emailed link and one-time code, through the real forms, the SMTP
// catcher and our Continue page; and the limits around it
// (docs/decisions/0021-sign-in-codes-and-scanners.md).
import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import {
  base,
  browse,
  codeFrom,
  followLink,
  inbox,
  linksIn,
  magicLinkFrom,
  sessionCookie,
  submitSignupForm,
  testDb,
  waitForMail,
} from "../support/fixtures.ts";

const ARTICLE = "/articles/2007090041";
const BODY = "Integrated Joint Operations Platform";
const fresh = (domain = "Example.COM") => `Reader.${randomBytes(4).toString("hex")}@${domain}`;
const octet = () => Math.floor(Math.random() * 250);
const anIp = () => `10.9.${octet()}.${octet()}`;
const ip = () => ({ "x-forwarded-for": anIp() });

/** Ask for a link and code with the zero-JS form, as a browser would: the returned jar holds the pending sign-in. */
async function ask(email: string, from = anIp(), cookie = "") {
  return browse(`${base()}/api/preview-signup`, {
    method: "POST",
    body: new URLSearchParams({ email, returnTo: ARTICLE }),
    headers: { "x-forwarded-for": from },
    cookie,
  });
}

/** Type a code on the check-email page, in the browser whose cookies are `cookie`. */
async function typeCode(code: string, cookie: string, from = anIp()) {
  return browse(`${base()}/api/sign-in/code`, { method: "POST", body: new URLSearchParams({ code }), cookie, headers: { "x-forwarded-for": from } });
}

const signedIn = (jar: string) => /next-auth\.session-token=[^;\s]+/.test(jar);
const accountOf = (cookie: string) => fetch(`${base()}/account`, { headers: { cookie } }).then((r) => r.text());

describe("sign-in link", () => {
  it("signs a new reader in after Continue, starts the preview and returns to the article in full", async () => {
    const email = fresh();
    const html = await submitSignupForm(ARTICLE, email, ip());
    expect(html).toContain("Check your inbox");
    const mail = await waitForMail(email.toLowerCase());
    expect(mail.subject).toMatch(/sign-in link and code/i);
    expect(codeFrom(mail)).toMatch(/^\d{6}$/);
    const landed = await followLink(magicLinkFrom(mail));
    expect(landed.page.html).toContain(`Sign in as ${email.toLowerCase()}?`);
    expect(landed.url).toMatch(/\/articles\/2007090041\/us-sanctions/);
    expect(landed.html).toContain(BODY);
    const user = await testDb().user.findUnique({ where: { email: email.toLowerCase() } });
    const days = (user!.previewEndsAt!.getTime() - user!.previewStartedAt!.getTime()) / 86_400_000;
    expect(days).toBe(inject("previewDays"));
    expect(await accountOf(landed.cookie)).toContain("Full access until");
  });

  it("a mail scanner's GET, HEAD and fetch of every link in the message spend nothing; the reader's click and Continue then sign in", async () => {
    const email = fresh();
    await ask(email);
    const mail = await waitForMail(email.toLowerCase());
    const link = magicLinkFrom(mail);
    const links = linksIn(mail);
    expect(links).toContain(link);
    // The scanner: HEAD and GET of every link, twice, following redirects, keeping no cookies.
    for (let round = 0; round < 2; round++)
      for (const url of links) {
        const head = await fetch(url, { method: "HEAD" });
        expect(head.status).toBeLessThan(500);
        expect(head.headers.getSetCookie().join("\n")).not.toMatch(/session-token=[^;]/);
        const get = await fetch(url);
        const body = await get.text();
        expect(get.headers.getSetCookie().join("\n")).not.toMatch(/session-token=[^;]/);
        if (url === link) expect(body).toContain(`Sign in as ${email.toLowerCase()}?`);
      }
    expect(await testDb().session.count({ where: { user: { email: email.toLowerCase() } } })).toBe(0);
    const landed = await followLink(link);
    expect(signedIn(landed.cookie)).toBe(true);
    expect(landed.html).toContain(BODY);
  });

  it("a used link is refused with a clear page and a button for a new one, address filled in", async () => {
    const email = fresh().toLowerCase();
    await ask(email);
    const link = magicLinkFrom(await waitForMail(email));
    const first = await followLink(link);
    // Continue pressed twice in the browser it signed in: on to the article, not an error.
    const token = new URL(link).searchParams.get("token")!;
    const twice = await browse(`${base()}/api/sign-in/continue`, { method: "POST", body: new URLSearchParams({ token }), cookie: first.cookie });
    expect(twice.html).toContain(BODY);
    const someoneElse = await sessionCookie({ kind: "preview" });
    const elsewhere = await browse(`${base()}/api/sign-in/continue`, { method: "POST", body: new URLSearchParams({ token }), cookie: someoneElse.cookie });
    expect(elsewhere.html).toContain("This sign-in link has already been used");
    const again = await browse(link);
    expect(again.html).toContain("This sign-in link has already been used");
    expect(again.html).not.toContain('action="/api/sign-in/continue"');
    expect(again.html).toMatch(/<input[^>]+name="email"[^>]+value="([^"]+)"/);
    expect(again.html.match(/<input[^>]+name="email"[^>]+value="([^"]+)"/)?.[1]).toBe(email);
    expect(again.html).toContain("Email me a new link");
    expect(signedIn(again.cookie)).toBe(false);
  });

  it("an expired link is refused with a clear page, and pressing Continue on a page opened before it expired signs nobody in", async () => {
    const email = fresh().toLowerCase();
    await ask(email);
    const link = magicLinkFrom(await waitForMail(email));
    const page = await browse(link);
    const token = page.html.match(/name="token" value="([^"]+)"/)![1];
    await testDb().signInRequest.updateMany({ where: { email }, data: { expires: new Date(Date.now() - 1000) } });
    const pressed = await browse(`${base()}/api/sign-in/continue`, { method: "POST", body: new URLSearchParams({ token }) });
    expect(signedIn(pressed.cookie)).toBe(false);
    expect(pressed.html).toContain("This sign-in link has expired");
    expect(pressed.html).toContain("Email me a new link");
    expect(pressed.html.match(/<input[^>]+name="email"[^>]+value="([^"]+)"/)?.[1]).toBe(email);
  });

  it("a forged or altered token is refused and signs nobody in", async () => {
    const email = fresh().toLowerCase();
    await ask(email);
    const link = magicLinkFrom(await waitForMail(email));
    const token = new URL(link).searchParams.get("token")!;
    const altered = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const t of [altered, randomBytes(32).toString("base64url"), "", "x".repeat(500), "<script>"]) {
      const page = await browse(`${base()}/sign-in/continue?${new URLSearchParams({ token: t })}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain("This sign-in link is not valid");
      expect(page.html).not.toContain(email);
      const pressed = await browse(`${base()}/api/sign-in/continue`, { method: "POST", body: new URLSearchParams({ token: t }) });
      expect(signedIn(pressed.cookie)).toBe(false);
    }
    // The real link still works.
    expect(signedIn((await followLink(link)).cookie)).toBe(true);
  });

  it("an old-style next-auth link signs nobody in and gets the page that offers a new link", async () => {
    const email = fresh().toLowerCase();
    const r = await browse(`${base()}/api/auth/callback/email?${new URLSearchParams({ callbackUrl: `${base()}/`, token: "a".repeat(64), email })}`);
    expect(new URL(r.url).pathname).toBe("/sign-in/error");
    expect(r.html).toContain("can no longer be used");
    expect(r.html).toContain("Email me a new link");
    expect(signedIn(r.cookie)).toBe(false);
  });

  it("a Continue posted from another site is refused (login CSRF)", async () => {
    const email = fresh().toLowerCase();
    await ask(email);
    const token = new URL(magicLinkFrom(await waitForMail(email))).searchParams.get("token")!;
    const r = await fetch(`${base()}/api/sign-in/continue`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token }).toString(),
    });
    expect(r.status).toBe(403);
    expect(r.headers.getSetCookie().join("\n")).not.toMatch(/session-token=[^;]/);
    expect((await browse(magicLinkFrom(await waitForMail(email)))).html).toContain(`Sign in as ${email}?`);
  });
});

describe("one-time code", () => {
  it("typed in the browser that asked, signs that browser in (the email read on another device); another browser cannot use it", async () => {
    const email = fresh().toLowerCase();
    const desktop = await ask(email);
    expect(desktop.url).toMatch(/\/sign-in\/check-email$/);
    expect(desktop.html).toContain(`to <strong>${email}</strong>`);
    expect(desktop.html).toMatch(/autocomplete="one-time-code"/i);
    const code = codeFrom(await waitForMail(email));
    // A browser that did not ask (no pending sign-in) is refused, and nothing is spent.
    const other = await typeCode(code, "");
    expect(signedIn(other.cookie)).toBe(false);
    expect(other.html).toContain("This code can no longer be used");
    const landed = await typeCode(code, desktop.cookie);
    expect(landed.url).toMatch(/\/articles\/2007090041\/us-sanctions/);
    expect(signedIn(landed.cookie)).toBe(true);
    expect(landed.html).toContain(BODY);
    expect(landed.cookie).not.toContain("tld-sign-in=");
    // Used once: the same code again, and the link, no longer sign in.
    const again = await ask(email, anIp(), "");
    expect(signedIn((await typeCode(code, again.cookie)).cookie)).toBe(false);
  });

  it("a code for another address does not work in a browser that asked for this one", async () => {
    const mine = fresh().toLowerCase();
    const theirs = fresh().toLowerCase();
    const jar = await ask(mine);
    await ask(theirs);
    const theirCode = codeFrom(await waitForMail(theirs));
    const myCode = codeFrom(await waitForMail(mine));
    if (theirCode === myCode) return; // one in a million
    const r = await typeCode(theirCode, jar.cookie);
    expect(signedIn(r.cookie)).toBe(false);
    expect(r.html).toContain("That code is not right. 4 tries left.");
    // Rewriting the pending sign-in to name their address breaks its signature: nothing is tried.
    const [, value] = jar.cookie.match(/tld-sign-in=([^;]+)/)!;
    const [, until, mac] = value.split(".");
    const forged = jar.cookie.replace(value, `${Buffer.from(theirs).toString("base64url")}.${until}.${mac}`);
    const f = await typeCode(theirCode, forged);
    expect(signedIn(f.cookie)).toBe(false);
    expect(f.html).toContain("This code can no longer be used");
    expect((await testDb().signInRequest.findFirstOrThrow({ where: { email: theirs } })).codeAttempts).toBe(0);
  });

  it("dies after 5 wrong tries: the 6th is refused even when right, with a clear message and a button for a new code", async () => {
    const email = fresh().toLowerCase();
    const jar = await ask(email);
    const code = codeFrom(await waitForMail(email));
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    for (let i = 1; i <= 5; i++) {
      const r = await typeCode(wrong, jar.cookie);
      expect(signedIn(r.cookie)).toBe(false);
      if (i < 5) expect(r.html).toContain(`That code is not right. ${5 - i} ${5 - i === 1 ? "try" : "tries"} left.`);
      else expect(r.html).toContain("Too many wrong codes");
    }
    const sixth = await typeCode(code, jar.cookie);
    expect(signedIn(sixth.cookie)).toBe(false);
    expect(sixth.html).toContain("Too many wrong codes");
    expect(sixth.html).toContain("Email me a new code");
    expect(sixth.html.match(/<input[^>]+name="email"[^>]+value="([^"]+)"/)?.[1]).toBe(email);
    // The button: a new code, which works.
    const before = (await inbox(email)).length;
    const renewed = await ask(email, anIp(), jar.cookie);
    await expect.poll(async () => (await inbox(email)).length).toBe(before + 1);
    const fresh6 = codeFrom(await waitForMail(email));
    expect(signedIn((await typeCode(fresh6, renewed.cookie)).cookie)).toBe(true);
  });

  it("expires with the link; a malformed code is answered without spending a try", async () => {
    const email = fresh().toLowerCase();
    const jar = await ask(email);
    const code = codeFrom(await waitForMail(email));
    const format = await typeCode("12ab", jar.cookie);
    expect(format.html).toContain("Type the 6 digits from the email.");
    expect((await testDb().signInRequest.findFirst({ where: { email } }))?.codeAttempts).toBe(0);
    await testDb().signInRequest.updateMany({ where: { email }, data: { expires: new Date(Date.now() - 1000) } });
    const r = await typeCode(code, jar.cookie);
    expect(signedIn(r.cookie)).toBe(false);
    expect(r.html).toContain("This code can no longer be used");
  });

  it("stores neither the link nor the code in the clear", async () => {
    const email = fresh().toLowerCase();
    await ask(email);
    const mail = await waitForMail(email);
    const row = await testDb().signInRequest.findFirstOrThrow({ where: { email } });
    const token = new URL(magicLinkFrom(mail)).searchParams.get("token")!;
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(codeFrom(mail));
  });

  it("wrong codes from one IP address are limited (30 an hour)", async () => {
    const from = `10.78.${octet()}.${octet()}`;
    await testDb().rateLimit.create({ data: { key: `sign-in-code:wrong:${from}`, count: 30, windowStart: new Date() } });
    const email = fresh().toLowerCase();
    const jar = await ask(email);
    const code = codeFrom(await waitForMail(email));
    const r = await typeCode(code, jar.cookie, from);
    expect(signedIn(r.cookie)).toBe(false);
    expect(r.html).toContain("Too many wrong codes from your network");
    expect(signedIn((await typeCode(code, jar.cookie)).cookie)).toBe(true);
  });
});

describe("the sign-up form", () => {
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
});

describe("limits that never lock out a firm", () => {
  it("limits requests per address (5 an hour), with a clear message, kept in PostgreSQL", async () => {
    const email = fresh();
    for (let i = 0; i < 5; i++) expect(await submitSignupForm(ARTICLE, email, ip())).toContain("Check your inbox");
    const sixth = await submitSignupForm(ARTICLE, email, ip());
    expect(sixth).toContain("Too many sign-in links were requested for this address");
    const row = await testDb().rateLimit.findUnique({ where: { key: `magic-link:email:${email.toLowerCase()}` } });
    expect(row?.count).toBe(6);
    expect((await inbox(email.toLowerCase())).length).toBe(5);
  });

  it("60 colleagues behind one office address all sign in; a spray of unknown addresses from one address stops at 100 an hour; licensed domains and known readers still get in", async () => {
    const office = `10.60.${octet()}.${octet()}`;
    const started = Date.now();
    for (let i = 0; i < 60; i++) {
      const email = `colleague${i}.${randomBytes(3).toString("hex")}@firm-${octet()}.example`;
      const jar = await ask(email, office);
      expect(jar.html, `colleague ${i + 1}`).toContain("Check your inbox");
      const landed = await typeCode(codeFrom(await waitForMail(email)), jar.cookie, office);
      expect(signedIn(landed.cookie), `colleague ${i + 1} signed in`).toBe(true);
    }
    console.log(`60 sign-ins from one address (ask + code) took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The same address keeps asking for unknown addresses: 40 more go out, the 101st is refused.
    for (let i = 0; i < 40; i++) expect((await ask(fresh(), office)).html).toContain("Check your inbox");
    const refused = await ask(fresh(), office);
    expect(refused.html).toContain("Too many sign-in requests from your network");
    // Not counted: an address at a licensed domain, and a reader who already has an account.
    const domain = `licensed-${randomBytes(3).toString("hex")}.example`;
    const org = await testDb().organization.create({ data: { name: "Licensed Firm", seats: 100, allowedDomains: [domain] } });
    await testDb().subscription.create({
      data: { organizationId: org.id, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000) },
    });
    const member = `member.${randomBytes(3).toString("hex")}@${domain}`;
    expect((await ask(member, office)).html).toContain("Check your inbox");
    expect(await testDb().rateLimit.findUnique({ where: { key: `magic-link:ip-new:${office}` } })).toMatchObject({ count: 101 });
    const known = await sessionCookie({ kind: "preview-expired" });
    expect((await ask(known.email, office)).html).toContain("Check your inbox");
  });
});
