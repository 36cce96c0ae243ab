// Share links and free-to-read stories in a browser without JavaScript on the
// reader pages (decisions 32, 33): a subscriber shares a story from under it,
// copies the link; someone without an account opens it and reads the whole story
// with the free-preview offer under it; the sharer sees the view and revokes the
// link; an editor marks a story free to read from the article editor.
import { describe, expect, it } from "vitest";
import { hasChromium, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";
import { base, testDb } from "../support/fixtures.ts";
import { BROWSER_UA, spareArticle } from "../support/sharing.ts";

const ID = "2007090041";
const SECRET = "Integrated Joint Operations Platform";

describe.skipIf(!hasChromium)("share links and free-to-read stories in a browser", () => {
  const browser = useBrowser();

  it("share, open as a stranger, see the view, revoke", async () => {
    const { context } = await signedInContext(browser(), "subscriber");
    const page = await context.newPage();
    await page.goto(`${base()}/articles/${ID}`);
    await page.getByRole("button", { name: "Create a share link" }).click();
    await page.getByText("Your share link is ready").waitFor();
    const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
    expect(link).toMatch(new RegExp(`/s/${ID}/[A-Za-z0-9_-]{43}$`));
    await page.screenshot({ path: screenshotPath("share-link-created"), fullPage: true });

    // Headless Chromium says "HeadlessChrome", which the bot list (rightly) names: the stranger's browser says Chrome.
    const stranger = await browser().newContext({ viewport: { width: 1280, height: 900 }, userAgent: BROWSER_UA });
    const s = await stranger.newPage();
    await s.goto(link);
    await s.getByText(SECRET).first().waitFor();
    const offer = s.getByRole("heading", { name: "Read more like this: try Trade Law Daily free" });
    expect(await offer.isVisible()).toBe(true);
    expect(await s.getByText("A Trade Law Daily reader shared this story with you").isVisible()).toBe(true);
    await offer.scrollIntoViewIfNeeded();
    await s.screenshot({ path: screenshotPath("share-link-recipient") });

    await page.goto(`${base()}/account`);
    const row = page.locator(`tr[data-share-link="${ID}"]`);
    expect(await row.locator("[data-views]").innerText()).toBe("1");
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("share-links-account") });
    await row.getByRole("button", { name: /Revoke/ }).click();
    await page.getByText("The link is revoked").waitFor();
    expect(await page.locator(`tr[data-share-link="${ID}"]`).innerText()).toContain("Revoked");

    await s.goto(link);
    await s.getByText("has withdrawn it").waitFor();
    expect(await s.getByText(SECRET).count()).toBe(0);
    await s.screenshot({ path: screenshotPath("share-link-revoked") });
    await stranger.close();
    await context.close();
  });

  it("an editor marks a story free to read; an anonymous reader then reads it, labelled", async () => {
    const story = await spareArticle(5);
    const { context } = await signedInContext(browser(), "editor");
    const page = await context.newPage();
    await page.goto(`${base()}/newsroom/articles/${story.id}`);
    await page.getByRole("button", { name: "Make free to read" }).click();
    await page.getByText("Free to read: anyone can now read the whole story.").waitFor();
    await page.getByRole("heading", { name: "Free to read" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("free-to-read-editor") });

    const reader = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const r = await reader.newPage();
    await r.goto(`${base()}/articles/${story.publicId}/${story.slug}`);
    await r.getByText(story.phrase).first().waitFor();
    expect(await r.getByText("Free to read", { exact: true }).isVisible()).toBe(true);
    await r.screenshot({ path: screenshotPath("free-to-read-article") });
    await reader.close();

    await page.getByRole("button", { name: "Put back behind the paywall" }).click();
    await page.getByText("Back behind the paywall: readers without access see the teaser again.").waitFor();
    expect((await testDb().article.findUniqueOrThrow({ where: { id: story.id } })).freeToRead).toBe(false);
    await context.close();
  });
});
