// Writer → editor review in two browsers (decision 25): the writer drafts
// with the keyboard and submits; the editor sees it on the desk, sees the
// writer has it open, returns it with a comment; the writer fixes and
// resubmits; the editor publishes. Screenshots of each step; axe on the
// editor page.
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { base } from "../support/fixtures.ts";
import { hasChromium, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";

const HEADLINE = `Stringer Files on CAFC Origin Ruling for Solar Frames ${Date.now() % 100000}`;

describe.skipIf(!hasChromium)("review flow in a browser", () => {
  const browser = useBrowser();

  it("writer drafts and submits, editor returns with a comment, writer resubmits, editor publishes", async () => {
    const { context: writerCtx } = await signedInContext(browser(), "writer", { viewport: { width: 1400, height: 1000 } });
    const { context: editorCtx } = await signedInContext(browser(), "editor", { viewport: { width: 1400, height: 1000 } });
    const w = await writerCtx.newPage();
    await w.goto(`${base()}/newsroom`);
    await w.getByRole("heading", { name: "Your articles" }).waitFor();
    expect(await w.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Documents" }).count()).toBe(0);
    await w.getByRole("button", { name: "New article" }).click();
    await w.waitForURL(/\/newsroom\/articles\/[a-z0-9]+$/);
    const draftUrl = w.url();
    await w.getByLabel("Headline").fill(HEADLINE);
    await w.getByLabel("Origin").check();
    await w.getByLabel("Court of Appeals for the Federal Circuit").check();
    await w.getByLabel("Marcus Ellery").check();

    // Keyboard only: type the teaser, Esc to the toolbar, arrow to Italic, Enter, type on.
    await w.getByLabel("Teaser (public lead)").click();
    await w.keyboard.type("The Federal Circuit held that solar panel frames take the origin of ");
    await w.keyboard.press("Escape");
    const toolbar = w.getByRole("toolbar", { name: "Teaser formatting" });
    expect(await toolbar.getByRole("button", { name: "Bold" }).evaluate((el) => el === document.activeElement)).toBe(true);
    await w.keyboard.press("ArrowRight");
    expect(await toolbar.getByRole("button", { name: "Italic" }).evaluate((el) => el === document.activeElement)).toBe(true);
    await w.keyboard.press("Enter");
    await w.keyboard.type("the extrusion");
    expect(await toolbar.getByRole("button", { name: "Italic" }).getAttribute("aria-pressed")).toBe("true");
    await w.keyboard.press("Control+i");
    await w.keyboard.type(", not the assembly.");
    await w.getByLabel("Body (subscribers only)").click();
    await w.keyboard.type("The panel's analysis turned on substantial transformation, the part only subscribers read.");
    await w.getByRole("button", { name: "Save", exact: true }).click();
    await w.getByText(/Saved at/).waitFor();
    expect(await w.locator("#teaser em").innerText()).toBe("the extrusion");
    // A writer has no publishing controls at all.
    for (const name of ["Publish now", "Schedule", "Unpublish"]) expect(await w.getByRole("button", { name }).count(), name).toBe(0);
    const axe = await new AxeBuilder({ page: w }).analyze();
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`);
    expect(serious).toEqual([]);
    await w.getByRole("button", { name: "Submit for review" }).click();
    await w.getByTestId("review-state").filter({ hasText: "In review" }).waitFor();
    await w.getByText("This draft is in review").waitFor();
    expect(await w.locator("#teaser").getAttribute("contenteditable")).toBe("false");
    await w.screenshot({ path: screenshotPath("review-writer-submitted"), fullPage: true });

    // The editor: the desk shows the story in review; the draft page shows the writer has it open.
    const e = await editorCtx.newPage();
    await e.goto(`${base()}/newsroom`);
    const inReview = e.getByRole("region", { name: /In review/ });
    await inReview.getByRole("link", { name: HEADLINE }).waitFor();
    await e.screenshot({ path: screenshotPath("review-desk"), fullPage: false });
    await inReview.getByRole("link", { name: HEADLINE }).click();
    await e.waitForURL(draftUrl);
    await e.getByText(/Also open now: writer-/).waitFor({ timeout: 15_000 });
    // After a page load the toolbar is live (its state is read from the editor, not from before it existed).
    await expect.poll(() => e.getByRole("toolbar", { name: "Teaser formatting" }).getByRole("button", { name: "Bold" }).isEnabled()).toBe(true);
    await e.getByLabel("Comment").fill("Name the court's case number in the teaser.");
    await e.getByRole("button", { name: "Return to writer with this comment" }).click();
    await e.getByTestId("review-state").filter({ hasText: "Returned to the writer" }).waitFor();
    await e.screenshot({ path: screenshotPath("review-editor-returned"), fullPage: true });

    // The writer sees the comment, fixes the teaser and resubmits.
    await w.reload();
    await w.getByText("Name the court's case number in the teaser.").waitFor();
    await w.getByLabel("Teaser (public lead)").click();
    await w.keyboard.press("Control+End");
    await w.keyboard.type(" The case is No. 2025-1402.");
    await w.getByRole("button", { name: "Save", exact: true }).click();
    await w.getByText(/Saved at/).waitFor();
    await w.getByRole("button", { name: "Submit for review" }).click();
    await w.getByTestId("review-state").filter({ hasText: "In review" }).waitFor();

    // The editor publishes.
    await e.reload();
    await e.getByTestId("review-state").filter({ hasText: "In review" }).waitFor();
    await e.getByRole("button", { name: "Publish now" }).click();
    await e.getByText(/^published$/).waitFor();
    const publicId = (await e.locator("span.font-mono").first().innerText()).trim();
    expect(publicId).toMatch(/^\d{10}$/);
    await e.screenshot({ path: screenshotPath("review-editor-published"), fullPage: false });
    const reader = await (await fetch(`${base()}/articles/${publicId}`)).text();
    expect(reader).toContain("No. 2025-1402");
    expect(reader).toContain("<em>the extrusion</em>");
    await writerCtx.close();
    await editorCtx.close();
  }, 180_000);
});
