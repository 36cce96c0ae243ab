// Office IP ranges in a browser (decision 22): a reader in the office reads the
// article with "Access provided by ‹Company›" where the gate would be; a
// licence admin edits the ranges, sees each refused line named, and loses
// nothing they typed. Chromium's connections leave this machine from
// 127.0.0.1, so the in-office reader goes through a small TCP relay that
// connects to the app from 127.0.0.32 (inside the licence's range).
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";
import { base, testDb } from "../support/fixtures.ts";
import { officeLicence } from "../support/office.ts";

const COMPANY = "Harbour Freight Compliance GmbH";
const SECRET = "Integrated Joint Operations Platform";

describe.skipIf(!hasChromium)("office IP ranges in a browser", () => {
  const browser = useBrowser();
  let relay: net.Server;
  let relayUrl: string;
  let licence: Awaited<ReturnType<typeof officeLicence>>;
  beforeAll(async () => {
    licence = await officeLicence({ name: COMPANY, ranges: "127.0.0.32/32" });
    const app = new URL(base());
    relay = net.createServer((client) => {
      const upstream = net.connect({ host: "127.0.0.1", port: Number(app.port), localAddress: "127.0.0.32" });
      client.pipe(upstream).pipe(client);
      const end = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on("error", end);
      upstream.on("error", end);
    });
    await new Promise<void>((r) => relay.listen(0, "127.0.0.1", r));
    relayUrl = `http://127.0.0.1:${(relay.address() as net.AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => relay?.close(r));
  });

  it("a reader in the office reads in full, and the page names the company where the gate would be", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${relayUrl}/articles/2007090041`);
    await page.getByText(SECRET).first().waitFor();
    const note = page.getByText(`Access provided by ${COMPANY}`);
    expect(await note.isVisible()).toBe(true);
    expect(await page.getByText("Sign up for a free preview to unlock the rest of this article").count()).toBe(0);
    await note.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("office-range-article") });
    await context.close();
  });

  it("a licence admin edits the ranges: refused lines are named and the typed list stays; a good list is saved", async () => {
    const { context, userId } = await signedInContext(browser(), "preview-expired");
    await testDb().organizationMember.create({ data: { organizationId: licence.org.id, userId, isAdmin: true } });
    const page = await context.newPage();
    await page.goto(`${base()}/account/organization/${licence.org.id}`);
    const box = page.getByLabel("Office IP ranges (one a line)");
    expect(await box.inputValue()).toBe("127.0.0.32/32");
    const typed = "127.0.0.32/32\n0.0.0.0/0\n81.0.0.0/12\n81.2.69.77/24\nnot-a-range";
    await box.fill(typed);
    await page.getByRole("button", { name: "Save ranges" }).click();
    const alert = page.locator("#ranges-problems");
    await alert.waitFor();
    const said = await alert.innerText();
    expect(said).toContain("Nothing was saved");
    expect(said).toContain("Line 2 (0.0.0.0/0) is /0, the whole internet.");
    expect(said).toContain("Line 3 (81.0.0.0/12) is broader than /16 (IPv4)");
    expect(said).toContain("Line 4 (81.2.69.77/24) has address bits beyond its /24 prefix; the range that contains it is 81.2.69.0/24.");
    expect(said).toContain("Line 5 (not-a-range) is not an IPv4 or IPv6 range");
    expect(await box.inputValue()).toBe(typed);
    await page.screenshot({ path: screenshotPath("office-ranges-refused"), fullPage: true });
    await box.fill("127.0.0.32/32\n127.0.0.33");
    await page.getByRole("button", { name: "Save ranges" }).click();
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    expect(await box.inputValue()).toBe("127.0.0.32/32\n127.0.0.33");
    await page.screenshot({ path: screenshotPath("office-ranges-saved"), fullPage: true });
    expect((await testDb().officeRange.findMany({ where: { organizationId: licence.org.id }, orderBy: { cidr: "asc" } })).map((r) => r.cidr)).toEqual([
      "127.0.0.32/32",
      "127.0.0.33/32",
    ]);
    await context.close();
  });
});
