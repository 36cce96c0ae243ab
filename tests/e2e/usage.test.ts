// The licence administrator's usage report in a browser: open it from the
// licence page, switch months, download the CSV; the publisher's licences page.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { hasChromium, screenshotPath, signedInContext, useBrowser } from "../support/browser.ts";
import { hasNginx, hasNjs, startFront } from "../../scripts/lib/front.ts";

const DAY = 86_400_000;

describe.skipIf(!hasChromium)("usage report in a browser", () => {
  const browser = useBrowser();

  it("the licence admin opens the usage page, switches months and downloads the CSV; the publisher sees every licence", async () => {
    const db = testDb();
    const { context, userId } = await signedInContext(browser(), "preview-expired");
    const org = await db.organization.create({ data: { name: `Harbor Customs ${randomBytes(2).toString("hex")}`, seats: 10, allowedDomains: [] } });
    await db.subscription.create({
      data: { organizationId: org.id, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 45 * DAY) },
    });
    await db.organizationMember.create({ data: { organizationId: org.id, userId, isAdmin: true } });
    const colleagues = [];
    for (let i = 0; i < 3; i++) {
      const c = await sessionCookie({ kind: "preview-expired" });
      await db.organizationMember.create({ data: { organizationId: org.id, userId: c.userId } });
      colleagues.push(c);
    }
    // Last month's reads, as the roll-up keeps them.
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const articles = await db.article.findMany({ where: { status: "PUBLISHED" }, select: { publicId: true }, take: 4 });
    const rows = [];
    for (let d = 1; d <= 20; d++)
      for (const [i, c] of colleagues.slice(0, 2).entries())
        rows.push({
          day: new Date(lastMonth.getTime() + (d - 1) * DAY),
          kind: "ARTICLE" as const,
          itemId: articles[(d + i) % articles.length].publicId!,
          readerKey: c.userId,
          userId: c.userId,
          organizationId: org.id,
          via: "app",
          requests: 1 + ((d * (i + 1)) % 3),
        });
    await db.readEvent.createMany({ data: rows });

    // One more member whose seat a cut took away: the licence page says who, and offers to give it back.
    const cut = await sessionCookie({ kind: "preview-expired" });
    await db.organizationMember.create({ data: { organizationId: org.id, userId: cut.userId, suspendedAt: new Date() } });
    const page = await context.newPage();
    await page.goto(`${base()}/account/organization/${org.id}`);
    await page.getByRole("button", { name: "Give seat" }).waitFor();
    expect(await page.getByText("1 member has no seat").isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath("licence-page-seat-cut"), fullPage: true });
    await page.getByRole("link", { name: "Usage report" }).click();
    await page.getByRole("heading", { name: /^Usage in / }).waitFor();
    await page.screenshot({ path: screenshotPath("usage-this-month"), fullPage: true });
    await page.getByRole("link", { name: "← Previous month" }).click();
    const label = lastMonth.toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
    await page.getByRole("heading", { name: `Usage in ${label}` }).waitFor();
    expect(await page.locator("svg[role=img]").count()).toBe(1);
    expect(await page.getByRole("row", { name: new RegExp(colleagues[0].email) }).isVisible()).toBe(true);
    // The third colleague read nothing: listed as a seat nobody used.
    expect(await page.getByText(colleagues[2].email).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath("usage-last-month"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    const total = rows.reduce((n, r) => n + r.requests, 0);
    expect(csv).toContain(`"Total","All readers","${total}","${rows.length}","0","0"`);
    const shown = await page.locator("dd").first().innerText();
    expect(Number(shown.replace(/,/g, ""))).toBe(total);

    // On a phone the member table scrolls inside its box.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath("usage-phone"), fullPage: true });
    await context.close();

    const { context: staff } = await signedInContext(browser(), "admin");
    const p2 = await staff.newPage();
    await p2.goto(`${base()}/newsroom/licences?q=${encodeURIComponent(org.name)}`);
    await p2.getByRole("cell", { name: org.name }).waitFor();
    await p2.getByRole("link", { name: /Reads per seat/ }).click();
    await p2.waitForURL(/sort=readsPerSeat/);
    await p2.screenshot({ path: screenshotPath("newsroom-licences"), fullPage: true });
    await staff.close();
  });

  it.skipIf(!hasNginx() || !hasNjs())(
    "through the front, the admin's next views are the front's copy (decision 36): the same page, no console error",
    async () => {
      const front = await startFront({ upstream: base() });
      try {
        const db = testDb();
        const { context, userId } = await signedInContext(browser(), "preview-expired");
        const org = await db.organization.create({ data: { name: `Front Street Brokers ${randomBytes(2).toString("hex")}`, seats: 3, allowedDomains: [] } });
        await db.subscription.create({
          data: { organizationId: org.id, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 45 * DAY) },
        });
        await db.organizationMember.create({ data: { organizationId: org.id, userId, isAdmin: true } });
        // The session cookie, for the front's address too (the harness sets it for the app's).
        await context.addCookies((await context.cookies(base())).map(({ name, value }) => ({ name, value, url: front.url })));
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
        page.on("pageerror", (e) => void errors.push(e.message));
        const url = `${front.url}/account/organization/${org.id}/usage`;
        const seen: (string | undefined)[] = [];
        for (let i = 0; i < 3; i++) {
          const r = await page.goto(url);
          seen.push(r?.headers()["x-cache"]);
          await page.getByRole("heading", { name: /^Usage in / }).waitFor();
          expect(await page.getByText(org.name).first().isVisible()).toBe(true);
        }
        // The first view is the admin's own render (it brings the pass); then the front fills its copy and serves it.
        expect(seen).toEqual(["BYPASS", "MISS", "HIT"]);
        await page.screenshot({ path: screenshotPath("usage-through-front"), fullPage: true });
        // The month links still work from the front's copy (its scripts carry this response's nonce).
        await page.getByRole("link", { name: "← Previous month" }).click();
        await page.waitForURL(/month=/);
        await page.getByRole("heading", { name: /^Usage in / }).waitFor();
        expect(errors).toEqual([]);
        await context.close();
      } finally {
        await front.stop();
      }
    },
  );
});
