// Single sign-on in a real browser: a reader types a company address on the
// sign-in page (the server action) or in the article's gate (the zero-JS
// form), is sent to the company's identity provider and comes back reading
// in full; the newsroom's configuration page and a refusal page, looked at.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../lib/config.ts";
import { saveOidcConnection, saveSamlConnection } from "../../lib/sso/connections.ts";
import { hasChromium, INSTALL_HINT, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";
import { base, testDb } from "../support/fixtures.ts";
import { startOidcIdp, startSamlIdp, type OidcIdp, type SamlIdp } from "../support/idp.ts";

if (!hasChromium) console.warn(INSTALL_HINT);

const BODY = "Integrated Joint Operations Platform";
const rand = () => randomBytes(4).toString("hex");

async function licence(name: string) {
  const domain = `${name.toLowerCase().replace(/\W+/g, "-")}-${rand()}.test`;
  const org = await testDb().organization.create({ data: { name, seats: 10, allowedDomains: [domain] } });
  await testDb().subscription.create({
    data: { organizationId: org.id, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000) },
  });
  return { orgId: org.id, domain };
}

/** Only the seat may be what grants access: the first sign-in's free preview is ended. */
const endPreview = (email: string) => testDb().user.update({ where: { email }, data: { previewEndsAt: new Date(Date.now() - 1000) } });

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

describe.skipIf(!hasChromium)("single sign-on in a browser", () => {
  const browser = useBrowser();

  it("OIDC: the sign-in page sends a company address to the IdP; the reader comes back signed in and reads in full", async () => {
    const { orgId, domain } = await licence("Harbour Freight Law");
    const r = await saveOidcConnection(orgId, oidcIdp, { client: testDb(), secret: loadConfig(process.env).authSecret, allowHttp: true });
    expect(r.ok).toBe(true);
    const email = `reader.${rand()}@${domain}`;
    oidcIdp.loginAs(email);
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base()}/sign-in?callbackUrl=${encodeURIComponent("/articles/2007090041")}`);
    await page.getByLabel(/email/i).first().fill(email);
    await page
      .getByRole("button")
      .filter({ hasText: /link|sign in|continue|email/i })
      .first()
      .click();
    await page.waitForURL(/\/articles\/2007090041/, { timeout: 20_000 });
    await endPreview(email);
    await page.reload();
    expect(await page.content()).toContain(BODY);
    await page.screenshot({ path: screenshotPath("sso-oidc-signed-in"), fullPage: false });
    expect(await testDb().organizationMember.count({ where: { organizationId: orgId, user: { email } } })).toBe(1);
    await context.close();
  });

  it("SAML: the article's zero-JS sign-up form sends a company address to the IdP, whose answer is posted back cross-site", async () => {
    const { orgId, domain } = await licence("Customs Brokers United");
    expect((await saveSamlConnection(orgId, samlIdp.metadata, { client: testDb(), allowHttp: true })).ok).toBe(true);
    const email = `broker.${rand()}@${domain}`;
    samlIdp.set({ email });
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: true });
    const page = await context.newPage();
    const refusedByPolicy: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refusedByPolicy.push(m.text());
    });
    await page.goto(`${base()}/articles/2007090041`);
    await page.getByLabel("Email address").fill(email);
    const atIdp = page.waitForRequest((r) => r.url().startsWith(samlIdp.ssoUrl), { timeout: 15_000 });
    const answered = page.waitForResponse((r) => r.url() === `${base()}/api/sso/saml/acs`, { timeout: 15_000 });
    await page.getByRole("button", { name: "Start free preview" }).click();
    await atIdp;
    expect((await answered).status()).toBe(303);
    await page.waitForURL(/\/articles\/2007090041\//, { timeout: 20_000 });
    expect(refusedByPolicy).toEqual([]);
    await endPreview(email);
    await page.reload();
    expect(await page.content()).toContain(BODY);
    await page.screenshot({ path: screenshotPath("sso-saml-signed-in-phone"), fullPage: false });
    await context.close();
  });

  it("the newsroom's configuration page and a refusal page", async () => {
    const { orgId } = await licence("Bigcorp Trade Compliance");
    expect((await saveSamlConnection(orgId, samlIdp.metadata, { client: testDb(), allowHttp: true })).ok).toBe(true);
    const { context } = await signedInContext(browser(), "admin");
    const page = await context.newPage();
    await page.goto(`${base()}/newsroom/sso`);
    await page.getByRole("link", { name: "Bigcorp Trade Compliance" }).first().click();
    await page.getByRole("heading", { name: "Bigcorp Trade Compliance" }).waitFor();
    expect(await page.getByRole("status").first().innerText()).toContain("On: SAML 2.0");
    await page.screenshot({ path: screenshotPath("sso-newsroom-config"), fullPage: true });
    // Bad metadata is refused with a message and nothing is lost.
    await page.getByLabel("Identity provider metadata (XML)").fill("<not-metadata/>");
    await page.getByRole("button", { name: "Save SAML metadata" }).click();
    await page.getByText("That is not SAML metadata").waitFor();
    expect(await page.getByLabel("Identity provider metadata (XML)").inputValue()).toBe("<not-metadata/>");
    // The step between the form and the IdP, kept on screen to look at it (a 204 to its onward navigation leaves the page where it is).
    await page.route("**/api/sso/start**", (r) => r.fulfill({ status: 204 }));
    await page.goto(`${base()}/sign-in/sso?org=${orgId}&returnTo=%2F&hint=reader%40bigcorp.test`, { waitUntil: "domcontentloaded" });
    await page.getByRole("heading", { name: "Sign in with your company" }).waitFor();
    expect(await page.getByRole("link", { name: "Continue to Bigcorp Trade Compliance's sign-in" }).getAttribute("href")).toMatch(/^\/api\/sso\/start\?org=/);
    await page.screenshot({ path: screenshotPath("sso-continue-to-company"), fullPage: false });
    await page.close();
    const refusal = await context.newPage();
    await refusal.goto(`${base()}/sign-in/sso-error?reason=licence-full`);
    expect(await refusal.getByRole("heading", { level: 1 }).innerText()).toBe("Your company's licence has no free seat");
    await refusal.screenshot({ path: screenshotPath("sso-refused-licence-full"), fullPage: false });
    await context.close();
  });
});
