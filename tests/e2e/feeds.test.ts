// The account page's Feeds section in a browser (decision 31): a subscriber
// makes a topic feed, copies its address (shown once), the feed reads in
// full, then they revoke it and the address stops working. Also without
// JavaScript: the create form and the Revoke button are plain forms.
import { describe, expect, it } from "vitest";
import { base } from "../support/fixtures.ts";
import { hasChromium, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";

describe.skipIf(!hasChromium)("feeds on the account page", () => {
  const browser = useBrowser();

  for (const javaScriptEnabled of [true, false]) {
    it(`a subscriber makes a topic feed, reads it, and revokes it (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const { context } = await signedInContext(browser(), "subscriber", { javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto(`${base()}/account`);
        await page.getByRole("heading", { name: "Feeds" }).waitFor();
        expect(await page.getByText("You have no feeds yet.").isVisible()).toBe(true);
        await page.getByRole("radio", { name: /A topic/ }).check();
        await page.getByRole("combobox", { name: "Topic for the feed" }).selectOption({ label: "Sanctions" });
        await page.getByRole("button", { name: "Make feed" }).click();
        await page.getByRole("status").filter({ hasText: "Feed made" }).waitFor();
        const rss = await page.getByLabel("RSS 2.0").inputValue();
        expect(rss).toMatch(new RegExp(`^${base()}/feeds/[A-Za-z0-9_-]{43}/rss\\.xml$`));
        expect(await page.getByLabel("Atom").inputValue()).toBe(rss.replace("rss.xml", "atom.xml"));
        expect(await page.getByLabel("JSON Feed 1.1").inputValue()).toBe(rss.replace("rss.xml", "feed.json"));
        if (javaScriptEnabled) await page.screenshot({ path: screenshotPath("account-feed-made"), fullPage: true });

        const feed = await fetch(rss);
        expect(feed.status).toBe(200);
        expect(await feed.text()).toContain("Integrated Joint Operations Platform");

        await page.goto(`${base()}/account`);
        const row = page.getByRole("row", { name: /Topic: Sanctions/ });
        await row.waitFor();
        await row.getByRole("button", { name: /Revoke/ }).click();
        await page.getByText(/^Revoked /).waitFor();
        if (javaScriptEnabled) await page.screenshot({ path: screenshotPath("account-feed-revoked"), fullPage: true });
        expect((await fetch(rss)).status).toBe(410);
      } finally {
        await context.close();
      }
    });
  }
});
