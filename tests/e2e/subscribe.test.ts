// A preview reader subscribes to the monthly plan on the (double's) hosted
// checkout page, returns, and reads in full; a declined card grants nothing.
import type { BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { base, testDb } from "../support/fixtures.ts";
import { hasChromium, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";

async function payWith(context: BrowserContext, card: string) {
  const page = await context.newPage();
  await page.goto(`${base()}/subscribe`);
  await page.screenshot({ path: screenshotPath("subscribe-plans"), fullPage: true });
  await page.getByRole("button", { name: "Choose monthly" }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await page.getByLabel("Card number").fill(card);
  await page.getByLabel("Expiration date (MM / YY)").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByLabel("Name on card").fill("Dana Reader");
  await page.getByRole("button", { name: "Subscribe" }).click();
  return page;
}

describe.skipIf(!hasChromium)("subscribing in a browser", () => {
  const browser = useBrowser();

  it("a preview reader pays with 4242, returns, and reads the full text", async () => {
    const { context, userId } = await signedInContext(browser(), "preview");
    const page = await payWith(context, "4242 4242 4242 4242");
    await page.waitForURL(/\/subscribe\/success/);
    await page.getByRole("heading", { name: "You are subscribed" }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath("subscribe-success") });
    const sub = await testDb().subscription.findFirst({ where: { userId } });
    expect(sub?.status).toBe("ACTIVE");
    // The preview ends; the subscription alone keeps the article open.
    await testDb().user.update({ where: { id: userId }, data: { previewEndsAt: new Date(Date.now() - 1000) } });
    await page.goto(`${base()}/articles/2007090041`);
    await page.getByText("Integrated Joint Operations Platform").first().waitFor();
    await page.goto(`${base()}/account`);
    expect(await page.getByText("Subscriber — full access").isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath("account-subscriber"), fullPage: true });
    await context.close();
  });

  it("a declined card shows Stripe's error and grants nothing", async () => {
    const { context, userId } = await signedInContext(browser(), "preview-expired");
    const page = await payWith(context, "4000 0000 0000 0341");
    await page.getByText("Your card was declined.").waitFor();
    await page.screenshot({ path: screenshotPath("checkout-declined") });
    expect(await testDb().subscription.count({ where: { userId } })).toBe(0);
    await page.goto(`${base()}/articles/2007090041`);
    expect(await page.getByRole("heading", { name: "Your free preview has ended" }).isVisible()).toBe(true);
    expect(await page.content()).not.toContain("Integrated Joint Operations Platform");
    await context.close();
  });
});
