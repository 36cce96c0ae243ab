// Corporate readers sign in (issue 18): a mail scanner that fetches the link
// first spends nothing, and the reader's click then signs in; the one-time
// code signs in the browser that asked while the email is read elsewhere.
import { describe, expect, it } from "vitest";
import { base, codeFrom, linksIn, magicLinkFrom, waitForMail } from "../support/fixtures.ts";
import { hasChromium, INSTALL_HINT, screenshotPath, useBrowser } from "../support/browser.ts";

if (!hasChromium) console.warn(INSTALL_HINT);

const BODY = "Integrated Joint Operations Platform";

describe.skipIf(!hasChromium)("sign-in that survives mail scanners and device switches", () => {
  const browser = useBrowser();

  it("a scanner's GET and HEAD of every link first; then the reader's click and Continue sign in, and the link is spent", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base()}/sign-in?callbackUrl=/articles/2007090041`);
    const email = `scanned.${Date.now()}@firm.example`;
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByText("Check your inbox").waitFor();
    const mail = await waitForMail(email);
    // The mail scanner, with its own client and no cookies.
    for (const url of linksIn(mail)) {
      await (await fetch(url, { method: "HEAD" })).arrayBuffer();
      await (await fetch(url)).text();
    }
    // The reader, in another tab of the same browser (as from a mail client).
    const tab = await context.newPage();
    await tab.goto(magicLinkFrom(mail));
    await tab.getByRole("heading", { name: `Sign in as ${email}?` }).waitFor();
    await tab.screenshot({ path: screenshotPath("sign-in-continue"), fullPage: false });
    await tab.getByRole("button", { name: "Continue" }).click();
    await tab.waitForURL(/\/articles\/2007090041\/us-sanctions/);
    await tab.getByText(BODY).first().waitFor();
    // Opened again: spent, with a clear page and a new link one click away.
    await tab.goto(magicLinkFrom(mail));
    await tab.getByRole("heading", { name: "This sign-in link has already been used" }).waitFor();
    expect(await tab.getByLabel("Email address").inputValue()).toBe(email);
    await tab.screenshot({ path: screenshotPath("sign-in-link-used"), fullPage: false });
    await context.close();
  });

  it("the one-time code typed on the desktop (the /sign-in form's sent state) signs in the desktop; a second browser that did not ask gets nothing", async () => {
    const desktop = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await desktop.newPage();
    await page.goto(`${base()}/sign-in?callbackUrl=/articles/2007090041`);
    const email = `coded.${Date.now()}@firm.example`;
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByText("Check your inbox").waitFor();
    await page.screenshot({ path: screenshotPath("sign-in-code-asked"), fullPage: false });
    const code = codeFrom(await waitForMail(email));

    // The phone: another browser context, which reads the mail but did not ask.
    const phone = await browser().newContext({ viewport: { width: 390, height: 800 }, isMobile: true });
    const p2 = await phone.newPage();
    await p2.goto(`${base()}/sign-in/check-email`);
    expect(await p2.getByLabel("Or type the 6-digit code from the email").count()).toBe(0);
    const tried = await p2.request.post(`${base()}/api/sign-in/code`, { form: { code }, headers: { origin: base() } });
    expect(await tried.text()).toContain("This code can no longer be used");
    expect((await phone.cookies()).some((c) => c.name.includes("session-token"))).toBe(false);
    await phone.close();

    await page.getByLabel("Or type the 6-digit code from the email").fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/articles\/2007090041\/us-sanctions/);
    await page.getByText(BODY).first().waitFor();
    await page.screenshot({ path: screenshotPath("sign-in-code-signed-in"), fullPage: false });
    await desktop.close();
  });

  it("a wrong code says how many tries are left (zero-JS page)", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base()}/articles/2007090041`);
    const email = `typo.${Date.now()}@firm.example`;
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Start free preview" }).click();
    await page.waitForURL(/\/sign-in\/check-email$/);
    const code = codeFrom(await waitForMail(email));
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    await page.getByLabel("Or type the 6-digit code from the email").fill(wrong);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").innerText()).toContain("That code is not right. 4 tries left.");
    await page.screenshot({ path: screenshotPath("sign-in-code-wrong"), fullPage: false });
    await page.getByLabel("Or type the 6-digit code from the email").fill(code);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/articles\/2007090041\/us-sanctions/);
    await context.close();
  });
});
