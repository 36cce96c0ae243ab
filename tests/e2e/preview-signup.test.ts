// A reader meets the paywall, signs up for the free preview from the gate,
// follows the emailed link and lands back on the article, now in full.
import { describe, expect, it } from "vitest";
import { base, magicLinkFrom, waitForMail } from "../support/fixtures.ts";
import { hasChromium, INSTALL_HINT, screenshotPath, useBrowser } from "../support/browser.ts";

if (!hasChromium) console.warn(INSTALL_HINT);

describe.skipIf(!hasChromium)("free preview sign-up in a browser", () => {
  const browser = useBrowser();

  it("anonymous reader sees the teaser and gate, signs up, opens the link and reads the body", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base()}/articles/2007090041`);
    await expect.poll(() => page.url()).toMatch(/\/articles\/2007090041\/us-sanctions/);
    await expect.poll(() => page.locator("article p").first().innerText()).toMatch(/sanction/i);
    const gate = page.getByRole("heading", { name: "Sign up for a free preview to unlock the rest of this article" });
    expect(await gate.isVisible()).toBe(true);
    expect(await page.content()).not.toContain("Integrated Joint Operations Platform");
    await page.screenshot({ path: screenshotPath("article-teaser-desktop"), fullPage: true });

    const email = `e2e.${Date.now()}@example.com`;
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Start free preview" }).click();
    await page.getByText("Check your inbox").waitFor();
    await page.screenshot({ path: screenshotPath("article-gate-sent"), fullPage: false });

    const link = magicLinkFrom(await waitForMail(email));
    await page.goto(link);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(/\/articles\/2007090041\/us-sanctions/);
    await page.getByText("Integrated Joint Operations Platform").first().waitFor();
    expect(await page.getByRole("heading", { name: "Sign up for a free preview to unlock the rest of this article" }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath("article-full-desktop"), fullPage: true });
    await context.close();
  });

  it("with JavaScript switched off: the gate's form signs up, and a bad address comes back with the error and the address kept", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base()}/articles/2007090041`);
    await page.getByLabel("Email address").fill("jane.doe@@example");
    await page.getByRole("button", { name: "Start free preview" }).click();
    await page.waitForURL(/\/sign-in\?/);
    expect(await page.getByRole("alert").innerText()).toContain("Please enter a valid email address");
    expect(await page.getByLabel("Email address").inputValue()).toBe("jane.doe@@example");
    await page.screenshot({ path: screenshotPath("signup-nojs-error"), fullPage: false });

    const email = `e2e.nojs.${Date.now()}@example.com`;
    await page.goto(`${base()}/articles/2007090041`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Start free preview" }).click();
    await page.waitForURL(/\/sign-in\/check-email$/);
    await page.getByText("Check your inbox").waitFor();
    const link = magicLinkFrom(await waitForMail(email));
    await page.goto(link);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(/\/articles\/2007090041\/us-sanctions/);
    await page.getByText("Integrated Joint Operations Platform").first().waitFor();
    await context.close();
  });

  it("the teaser page works on a 360 px phone", async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${base()}/articles/2007090041`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath("article-teaser-phone"), fullPage: true });
    await page.goto(`${base()}/`);
    await page.screenshot({ path: screenshotPath("home-phone"), fullPage: false });
    await context.close();
  });

  it("home page lists the latest headlines", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base()}/`);
    expect(await page.locator('main a[href^="/articles/"]').count()).toBeGreaterThanOrEqual(20);
    await page.screenshot({ path: screenshotPath("home-desktop"), fullPage: false });
    await page.close();
  });
});
