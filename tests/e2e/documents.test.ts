// An editor uploads a ruling, watches it upload and its text being extracted,
// files its metadata and links it to a story; a subscriber downloads it.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { renderDocumentPdf } from "../../lib/seed/document-pdf.ts";
import { base, testDb } from "../support/fixtures.ts";
import { hasChromium, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";

async function contextFor(browser: Browser, kind: "editor" | "subscriber") {
  return (await signedInContext(browser, kind, { acceptDownloads: true })).context;
}

describe.skipIf(!hasChromium)("document library in a browser", () => {
  const browser = useBrowser();

  it("upload with progress and extraction status, metadata, link to an article, subscriber download", async () => {
    const marker = `E2E-${Date.now()}`;
    const { pdf } = await renderDocumentPdf({
      title: "Harbor Freightways v. United States",
      issuer: "U.S. Court of International Trade",
      caseNumber: "25-00777",
      dateIssued: "2025-06-02",
      paragraphs: [
        `The court remands the determination for further explanation (${marker}).`,
        ...Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of the slip opinion discusses the administrative record at length.`),
      ],
    });
    const file = path.join(os.tmpdir(), `harbor-freightways-${marker}.pdf`);
    writeFileSync(file, pdf);

    const editor = await contextFor(browser(), "editor");
    const page = await editor.newPage();
    await page.goto(`${base()}/newsroom/documents`);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page
      .getByRole("status")
      .filter({ hasText: /Upload|Uploaded/ })
      .first()
      .waitFor();
    await page.waitForURL(/\/newsroom\/documents\/[a-z0-9]+$/);
    await page.screenshot({ path: screenshotPath("documents-uploaded") });
    await page.getByText("Text extracted").waitFor({ timeout: 30_000 });

    await page.getByLabel("Title").fill("Harbor Freightways v. United States");
    await page.getByLabel("Type").selectOption("COURT_OPINION");
    await page.getByLabel("Issuer (court or agency)").fill("U.S. Court of International Trade");
    await page.getByLabel("Case or docket number").fill("25-00777");
    await page.getByLabel("Date issued").fill("2025-06-02");
    await page.getByLabel("Summary").fill("Remand of a scope determination on truck trailers.");
    await page.getByRole("button", { name: "Save metadata" }).click();
    await page.getByText("Metadata saved.").waitFor();
    await page.screenshot({ path: screenshotPath("documents-metadata"), fullPage: true });
    const docId = page.url().split("/").pop()!;

    // Link it to a published story from the editor.
    const article = await testDb().article.findFirstOrThrow({ where: { publicId: "2007150022" } });
    await page.goto(`${base()}/newsroom/articles/${article.id}`);
    await page.getByLabel(/Search the library/).fill("25-00777");
    await page.getByRole("button", { name: /Attach: Harbor Freightways/ }).click();
    // A minor edit (decision 34): saved and versioned, no public notice.
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText(/Saved at/).waitFor();
    await editor.close();

    const subscriber = await contextFor(browser(), "subscriber");
    const reader = await subscriber.newPage();
    await reader.goto(`${base()}/articles/2007150022`);
    await reader.getByRole("link", { name: "Harbor Freightways v. United States" }).click();
    await reader.waitForURL(new RegExp(`/documents/${docId}$`));
    await reader.screenshot({ path: screenshotPath("documents-reader-page"), fullPage: true });
    const [download] = await Promise.all([reader.waitForEvent("download"), reader.getByRole("link", { name: "Download the PDF" }).click()]);
    const saved = await download.path();
    expect(createHash("sha256").update(readFileSync(saved!)).digest("hex")).toBe(createHash("sha256").update(pdf).digest("hex"));
    await subscriber.close();
  });
});
