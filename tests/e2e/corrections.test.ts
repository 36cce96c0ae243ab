// An editor corrects a published story in the browser (decision 34): a note
// that is too short is refused and the edit stays on screen; a good one is
// published with the edit. A reader then sees the notice under the headline
// and the "Cite as" block, and one click selects the whole citation.
import { describe, expect, it } from "vitest";
import { base, testDb } from "../support/fixtures.ts";
import { hasChromium, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";

const PUBLIC_ID = "2007020033";
const NOTE = "An earlier version of this story said the court affirmed Commerce. It remanded the determination.";

describe.skipIf(!hasChromium)("corrections in a browser", () => {
  const browser = useBrowser();

  it("editor publishes a correction with an edit; the reader sees it under the headline and can select the citation", async () => {
    const article = await testDb().article.findFirstOrThrow({ where: { publicId: PUBLIC_ID }, select: { id: true, publishedAt: true } });
    const { context: editor } = await signedInContext(browser(), "editor");
    const page = await editor.newPage();
    await page.goto(`${base()}/newsroom/articles/${article.id}`);
    const teaser = page.getByLabel("Teaser (public lead)");
    await teaser.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" The court remanded.");

    await page.getByRole("button", { name: "Publish correction…" }).click();
    const note = page.getByLabel(/Correction note/);
    await note.fill("Too short");
    await page.getByRole("button", { name: "Publish correction", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "at least 10 characters" }).waitFor();
    // Nothing lost: the note and the edit are still on screen, and nothing was saved.
    expect(await note.inputValue()).toBe("Too short");
    expect(await teaser.innerText()).toContain("The court remanded.");
    expect(await testDb().articleCorrection.count({ where: { articleId: article.id } })).toBe(0);
    await page.screenshot({ path: screenshotPath("correction-refused"), fullPage: true });

    await note.fill(NOTE);
    await page.getByRole("button", { name: "Publish correction", exact: true }).click();
    await expect.poll(() => testDb().articleCorrection.count({ where: { articleId: article.id } }), { timeout: 15_000 }).toBe(1);
    await page.getByRole("button", { name: "Publish correction…" }).waitFor();
    await editor.close();

    const reader = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const anon = await reader.newPage();
    await anon.goto(`${base()}/articles/${PUBLIC_ID}`);
    const notice = anon.getByRole("complementary", { name: "Correction" });
    await notice.waitFor();
    // A 2020 story corrected today: the notice names the year too.
    const day = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", year: "numeric", month: "long", day: "numeric" }).format(new Date());
    expect((await notice.innerText()).replace(/\s+/g, " ")).toContain(`Correction, ${day}: ${NOTE}`);
    expect(await anon.getByText("The court remanded.").count()).toBeGreaterThan(0);
    const citation = anon.locator("[data-citation]");
    const published = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(article.publishedAt!);
    expect(await citation.innerText()).toBe(`Trade Law Daily, ${published}, art. ${PUBLIC_ID}`);
    // One click selects the whole citation (user-select: all): copy needs no script.
    await citation.click();
    expect(await anon.evaluate(() => window.getSelection()?.toString())).toBe(`Trade Law Daily, ${published}, art. ${PUBLIC_ID}`);
    expect(await anon.locator("script:not([type='application/ld+json'])").count()).toBe(0);
    await anon.screenshot({ path: screenshotPath("correction-article-anonymous"), fullPage: true });
    await reader.close();

    const { context: subscriber } = await signedInContext(browser(), "subscriber");
    const full = await subscriber.newPage();
    await full.goto(`${base()}/articles/${PUBLIC_ID}`);
    await full.getByRole("complementary", { name: "Correction" }).waitFor();
    await full.screenshot({ path: screenshotPath("correction-article-subscriber"), fullPage: true });
    await full.goto(`${base()}/corrections`);
    await full.getByRole("heading", { name: "Corrections", level: 1 }).waitFor();
    expect(await full.getByText(NOTE).count()).toBe(1);
    await full.screenshot({ path: screenshotPath("corrections-log"), fullPage: true });
    await subscriber.close();
  });
});
