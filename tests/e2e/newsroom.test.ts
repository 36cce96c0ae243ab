// An editor signs in, writes a story that cites an earlier one and attaches
// a source document, previews it as each kind of reader, publishes it, and
// finds it at the top of the home page.
import { describe, expect, it } from "vitest";
import { base, magicLinkFrom, waitForMail } from "../support/fixtures.ts";
import { hasChromium, screenshotPath, useBrowser } from "../support/browser.ts";

const HEADLINE = `CIT Upholds Duties on Smart LED Strips in Test Case ${Date.now() % 100000}`;

describe.skipIf(!hasChromium)("newsroom in a browser", () => {
  const browser = useBrowser();

  it("write, cite, attach, preview as anonymous and subscriber, publish, find it on the home page", async () => {
    const context = await browser().newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    // Sign in as the demo editor through the real magic link.
    await page.goto(`${base()}/sign-in?callbackUrl=/newsroom`);
    await page.getByLabel("Email address").fill("editor@tradelawdaily.test");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByText("Check your inbox").waitFor();
    await page.goto(magicLinkFrom(await waitForMail("editor@tradelawdaily.test")));
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(/\/newsroom$/);
    await page.screenshot({ path: screenshotPath("newsroom-list") });

    await page.getByRole("button", { name: "New article" }).click();
    await page.waitForURL(/\/newsroom\/articles\/[a-z0-9]+$/);
    await page.getByLabel("Headline").fill(HEADLINE);
    await page.getByLabel("Classification").check();
    await page.getByLabel("Court of International Trade").check();
    await page.getByLabel("Dana Whitcomb").check();

    const teaser = page.getByLabel("Teaser (public lead)");
    await teaser.click();
    await teaser.pressSequentially(
      "The Court of International Trade sided with CBP in a test case on LED strips, months after the Uighur law was signed (see 200617",
    );
    const option = page.getByRole("option").filter({ hasText: "2006170064" });
    await option.waitFor();
    await option.getByRole("button").click();
    await teaser.press("End");
    await teaser.pressSequentially(".");
    expect(await teaser.innerText()).toContain("(see 2006170064).");

    await page.getByLabel("Body (subscribers only)").click();
    await page.keyboard.type("The importer argued the strips were ");
    await page.keyboard.press("Control+b");
    await page.keyboard.type("lamps");
    await page.keyboard.press("Control+b");
    await page.keyboard.type(".");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Judge's opinion: the essential character test favored lighting fittings, the gated part only subscribers read.");
    await page.getByLabel(/Search the library/).fill("Luminara");
    await page.getByRole("button", { name: /Attach: Luminara Home Technologies/ }).click();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText(/Saved at/).waitFor();
    // The live preview renders through the site's own document renderer and cross-reference code.
    await page.locator('section[aria-label="Live preview"] a.xref[href^="/articles/2006170064"]').waitFor();
    expect(await page.locator('section[aria-label="Live preview"] strong').first().innerText()).toBe("lamps");
    await page.screenshot({ path: screenshotPath("newsroom-editor"), fullPage: true });
    const editorUrl = page.url();

    // Preview as each reader, through the live site's access code.
    await page.goto(`${editorUrl}/preview?as=anonymous`);
    await page.getByRole("heading", { name: "Sign up for a free preview to unlock the rest of this article" }).waitFor();
    expect(await page.content()).not.toContain("the gated part only subscribers read");
    await page.screenshot({ path: screenshotPath("newsroom-preview-anonymous"), fullPage: true });
    await page.goto(`${editorUrl}/preview?as=subscriber`);
    await page.getByText("the gated part only subscribers read").waitFor();
    expect(await page.getByText("Luminara Home Technologies, Inc. v. United States").count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("newsroom-preview-subscriber"), fullPage: true });

    await page.goto(editorUrl);
    await page.getByRole("button", { name: "Publish now" }).click();
    await page.getByText(/^published$/).waitFor();
    const publicId = (await page.locator("span.font-mono").first().innerText()).trim();
    expect(publicId).toMatch(/^\d{10}$/);

    await page.goto(`${base()}/`);
    const first = page.locator("main h2 a").first();
    expect(await first.innerText()).toBe(HEADLINE);
    expect(await page.locator("main li").first().innerText()).toContain(publicId);
    await page.screenshot({ path: screenshotPath("home-after-publish") });
    await first.click();
    await page.waitForURL(new RegExp(`/articles/${publicId}/`));
    expect(await page.locator('a.xref[href^="/articles/2006170064"]').count()).toBe(1);
    await context.close();
  });
});
