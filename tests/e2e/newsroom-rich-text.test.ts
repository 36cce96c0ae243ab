// Rich text from Word to every reader (decision 24): an editor pastes a
// Word clipboard (heading, list, link, a 3×4 table) into the editor and a
// Google Docs clipboard full of script payloads, publishes, and the table is
// on the article page (scrolling inside its own box on a 360 px phone), in
// the PDF edition (rendered to PNG to look at) and in the headline email;
// none of the payloads reaches a reader's page.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { base } from "../support/fixtures.ts";
import { editionLib } from "../support/editions.ts";
import { hasChromium, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";

const WORD = readFileSync(path.resolve("tests/fixtures/word-clipboard.html"), "utf8");
const XSS = readFileSync(path.resolve("tests/fixtures/xss-clipboard.html"), "utf8");
const HEADLINE = `Bicycle Duties Return as Section 301 Exclusions Lapse ${Date.now() % 100000}`;
const DAY = "2031-02-04";

async function paste(page: import("playwright-core").Page, selector: string, html: string) {
  await page.locator(selector).click();
  await page.locator(selector).evaluate((el, h) => {
    const data = new DataTransfer();
    data.setData("text/html", h);
    data.setData("text/plain", "");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

describe.skipIf(!hasChromium)("rich text in a browser", () => {
  const browser = useBrowser();

  it("a Word paste keeps heading, list, link and table; the table reaches the page, the PDF and the email; pasted script does not", async () => {
    const { context } = await signedInContext(browser(), "editor", { viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${base()}/newsroom`);
    await page.getByRole("button", { name: "New article" }).click();
    await page.waitForURL(/\/newsroom\/articles\/[a-z0-9]+$/);
    await page.getByLabel("Headline").fill(HEADLINE);
    await page.getByLabel("Tariffs").first().check();
    await page.getByLabel("Dana Whitcomb").check();

    // The teaser (public, so it also reaches the headline email) gets the Word document.
    await paste(page, "#teaser", WORD);
    const teaser = page.locator("#teaser");
    await teaser.locator("table").waitFor();
    expect(await teaser.locator("h2").innerText()).toBe("Bicycle Duty Rates After the Exclusions Lapse");
    expect(await teaser.locator("ul > li").count()).toBe(2);
    expect(await teaser.locator('a[href^="https://ustr.gov/"]').innerText()).toBe("Section 301 notice");
    expect(await teaser.locator("tr").count()).toBe(4);
    expect(await teaser.locator("tr").first().locator("th").count()).toBe(3);
    // Word's classes and styles are gone (the editor's own table widths are its own, and are not stored).
    expect(await teaser.innerHTML()).not.toMatch(/Mso|mso-|font-family|windowtext|<o:p|lang=/);

    // The body: typed text with bold from the keyboard, then a Google Docs paste full of payloads.
    const body = page.locator("#body");
    await body.click();
    await page.keyboard.type("The gated analysis: importers who ");
    await page.keyboard.press("Control+b");
    await page.keyboard.type("entered before January");
    await page.keyboard.press("Control+b");
    await page.keyboard.type(" keep the lower rate, the subscribers' part. ");
    await page.keyboard.type("<script>alert('typed1')</script> <img src=x onerror=alert('typed2')>");
    await page.keyboard.press("Enter");
    await paste(page, "#body", XSS);
    await body.getByText("Handlers go, words stay.").waitFor();
    // A wide AD/CVD margin table (eight columns), pasted as Google Docs gives it, for the phone check below.
    await body.press("Control+End");
    const wide = `<table><tbody>${[
      ["Case", "Exporter", "Cash deposit", "Margin", "Period", "Order", "Scope", "Status"],
      ["A-570-900", "Shanghai Tianyi Lighting Co.", "41.44%", "41.44%", "2024-25", "Diamond sawblades", "Parts included", "Final"],
    ]
      .map((r) => `<tr>${r.map((c) => `<td><p dir="ltr"><span style="font-size:11pt">${c}</span></p></td>`).join("")}</tr>`)
      .join("")}</tbody></table>`;
    await paste(page, "#body", `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">${wide}</b>`);
    await body.getByText("Shanghai Tianyi Lighting Co.").waitFor();

    // The toolbar is a labelled toolbar whose toggles say whether they are on.
    const toolbar = page.getByRole("toolbar", { name: "Body formatting" });
    await body.getByText("entered before January").click();
    expect(await toolbar.getByRole("button", { name: "Bold" }).getAttribute("aria-pressed")).toBe("true");

    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText(/Saved at/).waitFor();
    await page.locator('section[aria-label="Live preview"] .table-scroll table').nth(1).waitFor();
    await page.screenshot({ path: screenshotPath("rich-text-editor"), fullPage: true });

    await page.getByRole("button", { name: "Publish now" }).click();
    await page.getByText(/^published$/).waitFor();
    const publicId = (await page.locator("span.font-mono").first().innerText()).trim();
    expect(publicId).toMatch(/^\d{10}$/);

    // The article page on a 360 px phone: the table is there, in a box that scrolls, and the page itself does not.
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 360, height: 780 });
    await phone.goto(`${base()}/articles/${publicId}`);
    const box = phone.locator(".table-scroll").first();
    await box.waitFor();
    expect(await box.locator("tr").count()).toBe(4);
    expect(await box.locator("th").allInnerTexts()).toEqual(["HTS subheading", "Description", "Duty rate"]);
    expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");
    const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    // The wide table scrolls inside its own box: the box is narrower than its table, and it scrolls.
    const wideBox = phone.locator(".table-scroll").filter({ hasText: "Shanghai Tianyi Lighting Co." });
    const sizes = await wideBox.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.client).toBeLessThanOrEqual(360);
    await wideBox.evaluate((el) => el.scrollBy({ left: 200 }));
    expect(await wideBox.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await wideBox.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: screenshotPath("rich-text-article-360-wide-table") });
    await box.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: screenshotPath("rich-text-article-360") });
    const html = await phone.content();
    const article = html.slice(html.indexOf("<article"), html.indexOf("</article>"));
    expect(article).toContain("entered before January");
    expect(article).toContain("Handlers go, words stay.");
    // No element that runs or loads anything, and no handler attribute on any tag (typed "onerror=" is only escaped text).
    expect(article).not.toMatch(/<script(?! type="application\/ld\+json")|<img|<svg|<iframe|<[^>]*\son[a-z]+=|href="\s*javascript:/i);
    for (const p of ["paste1", "paste2", "paste3", "paste4", "paste5", "paste6", "paste7", "paste8", "typed2"]) expect(article).not.toContain(`alert('${p}')"`);
    expect(article).not.toContain("<script>alert('typed1')");
    // What was typed as text stays text, escaped.
    expect(article).toContain("&lt;script&gt;alert('typed1')&lt;/script&gt;");
    await phone.close();

    // The PDF edition and the headline email of an edition carrying the story.
    const lib = await editionLib();
    const editionId = await lib.buildEdition(DAY, { from: new Date(Date.now() - 10 * 60_000), to: new Date() });
    const pdfFile = path.join(inject("storageDir"), "editions", `${DAY}.pdf`);
    const text = execFileSync("pdftotext", ["-layout", pdfFile, "-"]).toString();
    expect(text).toMatch(/HTS subheading\s+Description\s+Duty rate/);
    expect(text).toMatch(/8712\.00\.25\s+Bicycles, wheels over 63\.5 cm,/);
    const png = screenshotPath("rich-text-edition-pdf").replace(/\.png$/, "");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfFile]).toString())?.[1] ?? 0);
    const articlePage = String(pages >= 2 ? 2 : 1);
    execFileSync("pdftoppm", ["-r", "70", "-png", "-singlefile", "-f", articlePage, "-l", articlePage, pdfFile, png]);
    const email = await (await context.request.get(`${base()}/newsroom/editions/${editionId}/email`)).text();
    writeFileSync(screenshotPath("rich-text-email").replace(/\.png$/, ".html"), email);
    const table = email.slice(email.indexOf('<table class="data-table"'), email.indexOf("</table>", email.indexOf('<table class="data-table"')));
    expect(table).toContain('border="1"');
    expect((table.match(/<tr/g) ?? []).length).toBe(4);
    expect(table).toContain("Frames, valued over $600 each");
    expect(email).not.toContain("entered before January"); // the email carries teasers only
    const mail = await context.newPage();
    await mail.setContent(email);
    await mail.screenshot({ path: screenshotPath("rich-text-email"), fullPage: true });
    await context.close();
  }, 180_000);
});
