// Issue 20, item 1, in a browser: a preview reader saves the seed story into a
// new folder from the zero-JS article page with JavaScript switched off (a plain
// form), opens the folder, exports it as CSV and as a PDF digest; then, with
// JavaScript on, manages the folder from its pages.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { extractPdfText } from "../../lib/documents/pdf.ts";
import { hasChromium, SCREENSHOTS, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";
import { base, testDb } from "../support/fixtures.ts";

const HEADLINE = "US Sanctions Xinjiang Security Bureau, Senior Chinese Officials Over Rights Abuses";
const BODY = "Integrated Joint Operations Platform";

async function seriousA11y(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`);
}

describe.skipIf(!hasChromium)("saved articles and folders in a browser", () => {
  const browser = useBrowser();

  it("a preview reader saves the seed story into a new folder with JavaScript off, opens the folder and exports it", async () => {
    const { context } = await signedInContext(browser(), "preview", { javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base()}/articles/2007090041`);
    await page.getByRole("heading", { name: HEADLINE }).waitFor();
    const form = page.getByRole("region", { name: "Save to folder" });
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("folders-article-form"), fullPage: true });
    await form.getByLabel("Folder name").fill("Acme v. United States");
    await form.getByLabel("Note (optional)").fill("Relevant to the Xinjiang sourcing question");
    await form.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/\/articles\/2007090041\/[^?]+\?saved=[a-z0-9]+#save-to-folder$/);
    const status = page.getByRole("status").filter({ hasText: "Saved to" });
    expect(await status.innerText()).toBe("Saved to Acme v. United States.");
    // The new folder is now the form's choice.
    expect(await form.getByLabel("Folder", { exact: true }).locator("option:checked").innerText()).toBe("Acme v. United States");
    await form.screenshot({ path: screenshotPath("folders-article-saved") });
    // Still no JavaScript on the article page.
    expect(await page.locator("script:not([type='application/ld+json'])").count()).toBe(0);

    await status.getByRole("link", { name: "Acme v. United States" }).click();
    await page.waitForURL(/\/account\/folders\/[a-z0-9]+$/);
    const folderUrl = page.url();
    await page.getByRole("heading", { name: "Acme v. United States", level: 1 }).waitFor();
    expect(await page.getByRole("heading", { name: HEADLINE }).count()).toBe(1);
    await page.getByText("Relevant to the Xinjiang sourcing question").first().waitFor();
    await page.screenshot({ path: screenshotPath("folders-folder-page"), fullPage: true });

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export as CSV" }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^acme-v-united-states-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe('"Saved","Type","Reference","Title","Date","Link","Teaser or summary","Note"');
    expect(csv).toContain(`"Article","2007090041","${HEADLINE}"`);
    expect(csv).toContain('"Relevant to the Xinjiang sourcing question"');

    const pdfHref = await page.getByRole("link", { name: "PDF digest" }).getAttribute("href");
    const pdfAnswer = await context.request.get(`${base()}${pdfHref}`);
    expect(pdfAnswer.headers()["content-type"]).toBe("application/pdf");
    const pdf = Buffer.from(await pdfAnswer.body());
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, "folders-digest.pdf"), pdf);
    const { text } = await extractPdfText(pdf);
    for (const s of ["Acme v. United States", HEADLINE, "2007090041", "Relevant to the Xinjiang sourcing question", BODY]) expect(text).toContain(s);
    expect(folderUrl).toContain("/account/folders/");
    await context.close();
  });

  it("with JavaScript on, the reader's folders can be created, renamed and emptied from their pages", async () => {
    const { context } = await signedInContext(browser(), "preview");
    const page = await context.newPage();
    await page.goto(`${base()}/account/folders`);
    await page.getByText("No folders yet").waitFor();
    expect(await seriousA11y(page)).toEqual([]);
    await page.getByLabel("Name", { exact: true }).fill("Brightway matter");
    await page.getByRole("button", { name: "Create folder" }).click();
    await page.waitForURL(/\/account\/folders\/[a-z0-9]+$/);
    await page.getByText("This folder is empty").waitFor();
    await page.screenshot({ path: screenshotPath("folders-empty-folder"), fullPage: true });

    await page.goto(`${base()}/articles/2007090041`);
    const form = page.getByRole("region", { name: "Save to folder" });
    expect(await form.getByLabel("Folder", { exact: true }).locator("option:checked").innerText()).toBe("Brightway matter");
    await form.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Saved to Brightway matter" }).waitFor();

    await page.goto(`${base()}/account/folders`);
    await page.getByText("1 item").first().waitFor();
    await page.getByText("Rename or delete").click();
    await page.getByLabel("New name").fill("Brightway v. United States");
    await page.getByRole("button", { name: "Rename" }).click();
    await page.getByText("Renamed to “Brightway v. United States”.").waitFor();
    await page.screenshot({ path: screenshotPath("folders-list"), fullPage: true });
    expect(await seriousA11y(page)).toEqual([]);

    await page.getByRole("link", { name: "Brightway v. United States" }).click();
    await page.getByRole("heading", { name: HEADLINE }).waitFor();
    expect(await seriousA11y(page)).toEqual([]);
    await page.getByText("Add a note or remove").click();
    await page.getByLabel("Note").fill("Compare with the 2019 ruling");
    await page.getByRole("button", { name: "Save note" }).click();
    await page.getByText("Note saved.").waitFor();
    await page.reload();
    await page.getByText("Compare with the 2019 ruling").first().waitFor();
    await page.getByText("Edit note or remove").click();
    await page.getByRole("button", { name: "Remove from folder" }).click();
    // The item goes from the refreshed page at once (its form, and so its message, with it).
    await page.getByText("This folder is empty").waitFor();
    await page.getByText("No items · created").waitFor();

    // A source document's page ships JavaScript: there saving is answered in place, without a page load.
    const doc = await testDb().sourceDocument.findFirstOrThrow({ select: { id: true, title: true }, orderBy: { createdAt: "asc" } });
    await page.goto(`${base()}/documents/${doc.id}`);
    const docForm = page.getByRole("region", { name: "Save to folder" });
    await docForm.getByLabel("Or a new folder").fill("Rulings to read");
    await docForm.getByLabel("Note (optional)").fill("Annex B");
    await docForm.getByRole("button", { name: "Save" }).click();
    await docForm.getByRole("status").filter({ hasText: "Saved to Rulings to read." }).waitFor();
    expect(page.url()).toBe(`${base()}/documents/${doc.id}`);
    // The page's folder list is refreshed: the new folder is a choice now, the typed name cleared.
    await docForm.locator("#save-to-folder-choice option", { hasText: "Rulings to read" }).waitFor({ state: "attached" });
    await page.waitForFunction(() => {
      const s = document.querySelector<HTMLSelectElement>("#save-to-folder-choice");
      return s?.selectedOptions[0]?.textContent === "Rulings to read";
    });
    expect(await docForm.getByLabel("Or a new folder").inputValue()).toBe("");
    expect(await docForm.getByLabel("Note (optional)").inputValue()).toBe("");
    await docForm.screenshot({ path: screenshotPath("folders-document-instant") });
    expect(await seriousA11y(page)).toEqual([]);
    await context.close();
  });
});
