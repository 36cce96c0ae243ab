// Single sign-on for site licences, against real local identity providers
// (tests/support/idp.ts): panva's oidc-provider for OpenID Connect and a SAML
// IdP whose assertions xml-crypto signs. A reader at a licence's SSO domain
// who asks for a sign-in link is sent to the IdP instead; on return the
// account has a seat and a session, or the reader sees a clear refusal.
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../lib/config.ts";
import { saveOidcConnection, saveSamlConnection } from "../../lib/sso/connections.ts";
import { base, sessionCookie, submitForm, testDb } from "../support/fixtures.ts";
import { startOidcIdp, startSamlIdp, type OidcIdp, type SamlIdp } from "../support/idp.ts";

const ARTICLE = "/articles/2007090041";
const BODY = "Integrated Joint Operations Platform";

/** A browser without JavaScript: cookies per host, redirects followed by hand, the last answer returned. */
class Browserless {
  jar = new Map<string, Map<string, string>>();
  cookieFor(url: string) {
    return [...(this.jar.get(new URL(url).host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  keep(url: string, res: Response) {
    const host = new URL(url).host;
    const jar = this.jar.get(host) ?? new Map<string, string>();
    for (const sc of res.headers.getSetCookie()) {
      const [pair, ...attrs] = sc.split(";");
      const [name, ...rest] = pair.split("=");
      if (attrs.some((a) => /max-age=0/i.test(a.trim()))) jar.delete(name.trim());
      else jar.set(name.trim(), rest.join("="));
    }
    this.jar.set(host, jar);
  }
  /** Follow redirects from `url` until an answer that is not one, or until `stop` says so (then the URL not yet fetched is returned). */
  async go(url: string, init: { method?: string; body?: URLSearchParams; headers?: Record<string, string> } = {}, stop?: (next: string) => boolean) {
    let method = init.method ?? "GET";
    let body: URLSearchParams | undefined = init.body;
    let headers = init.headers ?? {};
    for (let hop = 0; hop < 20; hop++) {
      const cookie = this.cookieFor(url);
      const res = await fetch(url, { method, body, redirect: "manual", headers: { ...headers, ...(cookie ? { cookie } : {}) } });
      this.keep(url, res);
      const loc = res.headers.get("location");
      if (!loc || res.status < 300 || res.status >= 400) return { res, url, text: await res.text() };
      url = new URL(loc, url).toString();
      if (stop?.(url)) return { res, url, text: "" };
      method = "GET";
      body = undefined;
      headers = {};
    }
    throw new Error("too many redirects");
  }
}

/** The IdP's auto-posting form, posted as the browser does: cross-site, from the IdP's origin. */
async function postIdpForm(b: Browserless, page: { url: string; text: string }) {
  const action = page.text.match(/<form method="post" action="([^"]+)"/)?.[1];
  const samlResponse = page.text.match(/name="SAMLResponse" value="([^"]+)"/)?.[1];
  if (!action || !samlResponse) throw new Error(`no SAML form on ${page.url}: ${page.text.slice(0, 200)}`);
  const post = () =>
    b.go(action, {
      method: "POST",
      body: new URLSearchParams({ SAMLResponse: samlResponse, RelayState: "" }),
      headers: { origin: new URL(page.url).origin, "sec-fetch-site": "cross-site", "content-type": "application/x-www-form-urlencoded" },
    });
  return { samlResponse, post };
}

const authSecret = () => loadConfig(process.env).authSecret;
const rand = () => randomBytes(4).toString("hex");

async function licence(seats: number) {
  const domain = `corp-${rand()}.test`;
  const org = await testDb().organization.create({ data: { name: `SSO Corp ${domain}`, seats, allowedDomains: [domain] } });
  await testDb().subscription.create({
    data: { organizationId: org.id, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000) },
  });
  return { orgId: org.id, domain };
}

async function oidcLicence(idp: { issuer: string; clientId: string; clientSecret: string }, seats = 5) {
  const l = await licence(seats);
  const r = await saveOidcConnection(l.orgId, idp, { client: testDb(), secret: authSecret(), allowHttp: true });
  expect(r.ok, r.message).toBe(true);
  return l;
}

async function samlLicence(idp: SamlIdp, seats = 5) {
  const l = await licence(seats);
  const r = await saveSamlConnection(l.orgId, idp.metadata, { client: testDb(), allowHttp: true });
  expect(r.ok, r.message).toBe(true);
  return l;
}

/** The reader types their address into the zero-JS preview sign-up on an article: where are they sent? */
async function askForLink(email: string) {
  const fd = new URLSearchParams({ email, returnTo: ARTICLE });
  const r = await fetch(`${base()}/api/preview-signup`, {
    method: "POST",
    body: fd,
    redirect: "manual",
    headers: { origin: base(), "content-type": "application/x-www-form-urlencoded" },
  });
  expect(r.status).toBe(303);
  const to = new URL(r.headers.get("location")!, base());
  if (to.pathname !== "/sign-in/sso") return to.toString();
  // "Sign in with your company": the page goes on to the IdP by a meta refresh (and offers a link).
  const html = await (await fetch(to)).text();
  expect(html).toContain("Sign in with your company");
  const refresh = html.match(/<meta http-equiv="refresh" content="0;url=([^"]+)"/)?.[1];
  expect(refresh, html.slice(0, 500)).toBeTruthy();
  expect(html).toContain(`href="${refresh}"`);
  return new URL(refresh!.replace(/&amp;/g, "&"), base()).toString();
}

const refusalOf = (url: string) => {
  const u = new URL(url);
  return u.pathname === "/sign-in/sso-error" ? u.searchParams.get("reason") : null;
};

async function readsInFull(b: Browserless, email: string) {
  // The first sign-in also starts a free preview; end it, so that only the seat can be what grants access.
  await testDb().user.update({ where: { email }, data: { previewEndsAt: new Date(Date.now() - 1000) } });
  const page = await b.go(`${base()}${ARTICLE}`);
  return page.text.includes(BODY);
}

const memberOf = async (orgId: string, email: string) => !!(await testDb().organizationMember.findFirst({ where: { organizationId: orgId, user: { email } } }));

let oidcIdp: OidcIdp;
let samlIdp: SamlIdp;

beforeAll(async () => {
  oidcIdp = await startOidcIdp(`${base()}/api/sso/oidc/callback`);
  samlIdp = await startSamlIdp();
});
afterAll(async () => {
  await oidcIdp?.stop();
  await samlIdp?.stop();
});

describe("OpenID Connect sign-in", () => {
  it("a reader at the licence's domain is sent to the IdP instead of a link, and comes back signed in, with a seat, reading in full", async () => {
    const { orgId, domain } = await oidcLicence(oidcIdp);
    const email = `ada.${rand()}@${domain}`;
    oidcIdp.loginAs(email);
    const start = await askForLink(email);
    expect(new URL(start).pathname).toBe("/api/sso/start");
    const b = new Browserless();
    const end = await b.go(start);
    expect(refusalOf(end.url)).toBeNull();
    expect(new URL(end.url).pathname.startsWith(ARTICLE)).toBe(true);
    expect(await memberOf(orgId, email)).toBe(true);
    expect(await readsInFull(b, email)).toBe(true);
    // No link was mailed, and the login is in the audit log.
    const user = await testDb().user.findUniqueOrThrow({ where: { email } });
    expect(await testDb().verificationToken.count({ where: { identifier: email } })).toBe(0);
    expect(await testDb().auditLog.count({ where: { actorId: user.id, action: "sso.sign-in", subject: `organization:${orgId}` } })).toBe(1);
    // A reader of another domain still gets a link.
    expect(new URL(await askForLink(`someone.${rand()}@example.com`)).pathname).toBe("/sign-in/check-email");
  });

  it("a newsroom admin sets it up on the licence's page; the client secret is stored sealed and never shown back; a licence admin cannot", async () => {
    const { orgId, domain } = await licence(5);
    const page = `/newsroom/sso/${orgId}`;
    const admin = await sessionCookie({ kind: "admin" });
    const saved = await submitForm(
      page,
      { intent: "oidc" },
      { issuer: oidcIdp.issuer, clientId: oidcIdp.clientId, clientSecret: oidcIdp.clientSecret },
      { cookie: admin.cookie },
    );
    expect(await saved.text()).toContain(`now sign in through ${new URL(oidcIdp.issuer).host}`);
    const row = await testDb().ssoConnection.findUniqueOrThrow({ where: { organizationId: orgId } });
    expect(row.oidcSecretSealed).not.toContain(oidcIdp.clientSecret);
    const html = await (await fetch(`${base()}${page}`, { headers: { cookie: admin.cookie } })).text();
    expect(html).toContain("stored (not shown)");
    expect(html).not.toContain(oidcIdp.clientSecret);
    expect(await testDb().auditLog.count({ where: { actorId: admin.userId, action: "sso.configure" } })).toBe(1);
    // The secret sealed by the app opens in the app: the sign-in works.
    const email = `kim.${rand()}@${domain}`;
    oidcIdp.loginAs(email);
    expect(new URL((await new Browserless().go(await askForLink(email))).url).pathname.startsWith(ARTICLE)).toBe(true);
    // The licence's own administrator may not point its domains at an identity provider.
    const licenceAdmin = await sessionCookie({ kind: "preview-expired" });
    await testDb().organizationMember.create({ data: { organizationId: orgId, userId: licenceAdmin.userId, isAdmin: true } });
    expect((await fetch(`${base()}${page}`, { headers: { cookie: licenceAdmin.cookie } })).status).toBe(403);
  });

  it("an answer carried to another browser (state not this browser's) is refused; the reader's own browser still gets in", async () => {
    const { orgId, domain } = await oidcLicence(oidcIdp);
    const email = `bob.${rand()}@${domain}`;
    oidcIdp.loginAs(email);
    const reader = new Browserless();
    const atCallback = await reader.go(await askForLink(email), {}, (next) => next.startsWith(`${base()}/api/sso/oidc/callback`));
    const attacker = new Browserless();
    const forged = await attacker.go(atCallback.url);
    expect(refusalOf(forged.url)).toBe("state-mismatch");
    expect(forged.text).toContain("This sign-in did not start in this browser");
    expect(attacker.cookieFor(base())).not.toContain("session-token");
    const own = await reader.go(atCallback.url);
    expect(new URL(own.url).pathname.startsWith(ARTICLE)).toBe(true);
    expect(await memberOf(orgId, email)).toBe(true);
    // The same answer twice: refused.
    const again = await reader.go(atCallback.url);
    expect(refusalOf(again.url)).toBe("state-mismatch");
  });

  it("an ID token whose nonce is not the one this sign-in sent is refused", async () => {
    const { orgId, domain } = await oidcLicence(oidcIdp);
    const email = `nonce.${rand()}@${domain}`;
    oidcIdp.loginAs(email);
    const b = new Browserless();
    const atIdp = await b.go(await askForLink(email), {}, (next) => next.startsWith(oidcIdp.issuer));
    const state = new URL(atIdp.url).searchParams.get("state")!;
    await testDb().ssoRequest.update({ where: { id: state }, data: { nonce: "not-the-nonce-the-idp-was-given" } });
    const end = await b.go(atIdp.url);
    expect(refusalOf(end.url)).toBe("state-mismatch");
    expect(await memberOf(orgId, email)).toBe(false);
  });

  it("an address outside the licence's domains is refused", async () => {
    const { orgId, domain } = await oidcLicence(oidcIdp);
    const outsider = `mallory.${rand()}@elsewhere.test`;
    oidcIdp.loginAs(outsider);
    const b = new Browserless();
    const end = await b.go(await askForLink(`carol.${rand()}@${domain}`));
    expect(refusalOf(end.url)).toBe("outside-domains");
    expect(end.text).toContain("That address is not covered by the licence");
    expect(await memberOf(orgId, outsider)).toBe(false);
    expect(await testDb().user.count({ where: { email: outsider } })).toBe(0);
  });

  it("an address the IdP says it has not verified is refused", async () => {
    const { orgId, domain } = await oidcLicence(oidcIdp);
    const email = `unverified.${rand()}@${domain}`;
    oidcIdp.loginAs(email, { verified: false });
    const end = await new Browserless().go(await askForLink(email));
    expect(refusalOf(end.url)).toBe("email-unverified");
    expect(await memberOf(orgId, email)).toBe(false);
  });

  it("a full licence refuses clearly and gives no session", async () => {
    const { orgId, domain } = await oidcLicence(oidcIdp, 1);
    const first = await sessionCookie({ kind: "preview-expired" });
    await testDb().organizationMember.create({ data: { organizationId: orgId, userId: first.userId } });
    const email = `dan.${rand()}@${domain}`;
    oidcIdp.loginAs(email);
    const b = new Browserless();
    const end = await b.go(await askForLink(email));
    expect(refusalOf(end.url)).toBe("licence-full");
    expect(end.text).toContain("Your company&#x27;s licence has no free seat");
    expect(b.cookieFor(base())).not.toContain("session-token");
    expect(await memberOf(orgId, email)).toBe(false);
  });

  it("an identity provider that does not answer gets a clear page", async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const { domain } = await oidcLicence({ issuer: `http://127.0.0.1:${closed}`, clientId: "x", clientSecret: "y" });
    const end = await new Browserless().go(await askForLink(`erin.${rand()}@${domain}`));
    expect(refusalOf(end.url)).toBe("idp-unreachable");
    expect(end.text).toContain("is not answering");
  });
});

describe("SAML 2.0 sign-in", () => {
  async function toIdp(email: string, mode: Parameters<SamlIdp["set"]>[0]["mode"] = "ok", as = email) {
    samlIdp.set({ email: as, mode });
    const b = new Browserless();
    const page = await b.go(await askForLink(email));
    expect(page.url.startsWith(samlIdp.ssoUrl)).toBe(true);
    return { b, ...(await postIdpForm(b, page)) };
  }

  it("a reader at the licence's domain signs in at the IdP, whose signed assertion (posted cross-site) gives a seat and a session", async () => {
    const { orgId, domain } = await samlLicence(samlIdp);
    const email = `fay.${rand()}@${domain}`;
    const { b, post } = await toIdp(email);
    const end = await post();
    expect(refusalOf(end.url)).toBeNull();
    expect(new URL(end.url).pathname.startsWith(ARTICLE)).toBe(true);
    expect(await memberOf(orgId, email)).toBe(true);
    expect(await readsInFull(b, email)).toBe(true);
  });

  it("the same assertion posted again is refused as replayed, also when its request was not yet marked answered", async () => {
    const { domain } = await samlLicence(samlIdp);
    const email = `gus.${rand()}@${domain}`;
    const { post } = await toIdp(email);
    expect(new URL((await post()).url).pathname.startsWith(ARTICLE)).toBe(true);
    const again = await post();
    expect(refusalOf(again.url)).toBe("replayed");
    expect(again.text).toContain("That sign-in was already used");
    // Even if the request were open again (another instance, a race), the used-assertion store refuses it.
    await testDb().ssoRequest.updateMany({
      where: { protocol: "SAML", consumedAt: { not: null }, createdAt: { gt: new Date(Date.now() - 60_000) } },
      data: { consumedAt: null },
    });
    const third = await post();
    expect(refusalOf(third.url)).toBe("replayed");
  });

  for (const [mode, reason, title] of [
    ["bad-signature", "bad-signature", "could not be verified"],
    ["wrong-audience", "wrong-audience", "meant for another service"],
    ["expired", "expired", "That sign-in has expired"],
  ] as const) {
    it(`an assertion with ${mode.replace("-", " ")} is refused with a clear page, no seat and no session`, async () => {
      const { orgId, domain } = await samlLicence(samlIdp);
      const email = `${mode}.${rand()}@${domain}`;
      const { b, post } = await toIdp(email, mode);
      const end = await post();
      expect(refusalOf(end.url)).toBe(reason);
      expect(end.text).toContain(title);
      expect(new URL(end.url).search).toBe(`?reason=${reason}`);
      expect(b.cookieFor(base())).not.toContain("session-token");
      expect(await memberOf(orgId, email)).toBe(false);
    });
  }

  it("an assertion for an address outside the licence's domains is refused", async () => {
    const { domain } = await samlLicence(samlIdp);
    const outsider = `hal.${rand()}@elsewhere.test`;
    const { post } = await toIdp(`ivy.${rand()}@${domain}`, "ok", outsider);
    expect(refusalOf((await post()).url)).toBe("outside-domains");
    expect(await testDb().user.count({ where: { email: outsider } })).toBe(0);
  });

  it("a response to no request of ours (unsolicited or forged) is refused", async () => {
    const r = await new Browserless().go(`${base()}/api/sso/saml/acs`, {
      method: "POST",
      body: new URLSearchParams({ SAMLResponse: Buffer.from('<samlp:Response InResponseTo="_nope"/>').toString("base64") }),
      headers: { origin: "https://idp.example", "content-type": "application/x-www-form-urlencoded" },
    });
    expect(refusalOf(r.url)).toBe("state-mismatch");
  });
});
