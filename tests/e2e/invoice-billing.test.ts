// A company buys a site licence by invoice in a browser: the VAT check in the
// form, the (double's) hosted invoice page and its Pay button, the seat change
// with the previewed next invoice, and the account page's invoice list.
import { describe, expect, it } from "vitest";
import { base, testDb } from "../support/fixtures.ts";
import { hasChromium, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";
import { flush, waitFor } from "../support/stripe.ts";

describe.skipIf(!hasChromium)("buying a licence by invoice in a browser", () => {
  const browser = useBrowser();

  it("order by invoice, pay on the invoice page, change seats after seeing the price, find the invoices on the account page", async () => {
    const { context, userId } = await signedInContext(browser(), "preview-expired");
    const page = await context.newPage();
    await page.goto(`${base()}/subscribe`);
    await page.getByRole("link", { name: /Pay by invoice/ }).click();
    await page.waitForURL(/\/subscribe\/invoice$/);
    await page.getByLabel("Company name (as it should appear on the invoice)").fill("Acme Trade GmbH");
    await page.getByLabel("Seats").fill("4");
    await page.getByLabel("Billing contact").fill("Petra Payables");
    await page.getByLabel("Billing email (accounts payable)").fill("ap-browser@acme-trade.example");
    await page.getByLabel(/Purchase-order number/).fill("PO-2026-0042");
    await page.getByLabel("Country of the billing address").selectOption("DE");
    await page.getByLabel(/VAT number or EIN/).fill("DE123456789");
    await page.getByRole("button", { name: "Get the invoice (net 30)" }).click();
    await page.getByText("does not pass its check digit").waitFor();
    expect(await page.getByLabel(/Purchase-order number/).inputValue()).toBe("PO-2026-0042");
    await page.screenshot({ path: screenshotPath("invoice-purchase-vat-error"), fullPage: true });

    await page.getByLabel(/VAT number or EIN/).fill("DE 136 695 976");
    await page.getByRole("button", { name: "Get the invoice (net 30)" }).click();
    await page.waitForURL(/\/invoices\/in_/);
    await page.getByText("PO-2026-0042").waitFor();
    await page.screenshot({ path: screenshotPath("invoice-hosted-open"), fullPage: true });
    await flush();
    const row = await waitFor(
      () => testDb().subscription.findFirst({ where: { organization: { members: { some: { userId, isAdmin: true } } } } }),
      "licence row",
    );
    expect(row.status).toBe("ACTIVE");

    await page.getByRole("button", { name: /^Pay / }).click();
    await page.getByText("Thank you: this invoice is paid.").waitFor();
    await page.screenshot({ path: screenshotPath("invoice-hosted-paid"), fullPage: true });
    await flush();

    await page.goto(`${base()}/account/organization/${row.organizationId}`);
    await page.getByRole("heading", { name: "Change the number of seats" }).waitFor();
    await page.screenshot({ path: screenshotPath("licence-seat-change"), fullPage: true });
    await page.getByRole("spinbutton", { name: "Seats" }).fill("6");
    await page.getByRole("button", { name: "See the price" }).click();
    await page.getByRole("heading", { name: "From 4 to 6 seats" }).waitFor();
    await page.screenshot({ path: screenshotPath("licence-seat-preview"), fullPage: true });
    await page.getByRole("button", { name: "Confirm 6 seats" }).click();
    await page.getByRole("heading", { name: "Seats changed" }).waitFor();
    expect((await testDb().organization.findUniqueOrThrow({ where: { id: row.organizationId! } })).seats).toBe(6);

    await page.goto(`${base()}/account`);
    await page.getByRole("heading", { name: "Receipts and invoices" }).waitFor();
    expect(await page.getByRole("link", { name: /^Receipt/ }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("account-invoices"), fullPage: true });
    await context.close();
  });
});
