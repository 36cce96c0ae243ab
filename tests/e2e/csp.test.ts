// The Content-Security-Policy in a real browser: the cached anonymous article
// through the nginx front, and signed-in pages from next start directly and
// through the front, load with zero CSP violations and hydrate (a client
// component is live, and the next page loaded from a link hydrates too).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasNginx, NGINX_INSTALL, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { hasChromium, INSTALL_HINT, launch } from "../support/browser.ts";
import { base, sessionCookie } from "../support/fixtures.ts";

if (!hasChromium) console.warn(INSTALL_HINT);
if (!hasNginx()) console.warn(`e2e csp: the front's checks are skipped: no nginx. Install it with: ${NGINX_INSTALL}`);

type Watch = { violations: () => Promise<string[]>; console: string[] };

/** Collect securitypolicyviolation events (from the first byte on) and CSP console messages. */
async function watch(context: BrowserContext, page: Page): Promise<Watch> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const messages: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) messages.push(m.text());
  });
  return { violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), console: messages };
}

/**
 * The page hydrated: Next's client runtime is there and a client component is
 * live. Then a link in the main navigation (a plain <a>: decision 0011) loads
 * the next page in full, which must hydrate under the same policy too.
 */
async function expectHydrated(page: Page) {
  const hydrated = async () => {
    await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version), null, { timeout: 20_000 });
    // Hydration finishes a moment after the runtime announces itself.
    return page
      .waitForFunction(
        () => {
          const el = document.querySelector("main form") ?? document.querySelector("main a");
          return el ? Object.keys(el).some((k) => k.startsWith("__react")) : false;
        },
        null,
        { timeout: 20_000 },
      )
      .then(
        () => true,
        () => false,
      );
  };
  expect(await hydrated()).toBe(true);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
  await page.waitForURL(/\/topics$/);
  await page.getByRole("heading").first().waitFor();
  expect(await hydrated()).toBe(true);
}

describe.skipIf(!hasChromium)("Content-Security-Policy in the browser", () => {
  let browser: Browser;
  let front: Nginx | null = null;
  let token: string;
  beforeAll(async () => {
    browser = await launch();
    if (hasNginx()) front = await startFront({ upstream: base() });
    token = (await sessionCookie({ kind: "subscriber" })).cookie.split("=")[1];
  });
  afterAll(async () => {
    await browser?.close();
    await front?.stop();
  });

  async function visit(origin: string, path: string, signedIn: boolean) {
    const context = await browser.newContext();
    if (signedIn) await context.addCookies([{ name: "next-auth.session-token", value: token, url: origin }]);
    const page = await context.newPage();
    const w = await watch(context, page);
    const response = await page.goto(`${origin}${path}`);
    const policy = (await response!.allHeaders())["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
    return { context, page, w };
  }

  it.skipIf(!hasNginx())("anonymous article through the front (cached): no violations, no JavaScript; the next App Router page hydrates", async () => {
    // Twice: the second answer comes from the front's cache with a fresh nonce.
    for (let i = 0; i < 2; i++) {
      const { context, page, w } = await visit(front!.url, "/articles/2007090041", false);
      await page.getByRole("heading", { name: "Sign up for a free preview to unlock the rest of this article" }).waitFor();
      // The zero-JS page (docs/decisions/0013-zero-js-reader-pages.md): no framework, only its JSON-LD.
      expect(await page.evaluate(() => [...document.scripts].map((s) => s.type || "classic"))).toEqual(["application/ld+json"]);
      expect(await page.evaluate(() => "next" in window)).toBe(false);
      expect(await w.violations()).toEqual([]);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
      await page.waitForURL(/\/topics$/);
      await page.getByRole("heading").first().waitFor();
      await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version), null, { timeout: 20_000 });
      expect(await w.violations()).toEqual([]);
      expect(w.console).toEqual([]);
      await context.close();
    }
  });

  // The signed-in article page is zero-JS too (decision 13): its one script is the JSON-LD block.
  const expectNoFramework = async (page: Awaited<ReturnType<typeof visit>>["page"]) => {
    expect(await page.evaluate(() => [...document.scripts].map((s) => s.type || "classic"))).toEqual(["application/ld+json"]);
    expect(await page.evaluate(() => "next" in window)).toBe(false);
  };

  it("signed-in article from next start directly: no violations, no JavaScript", async () => {
    const { context, page, w } = await visit(base(), "/articles/2007090041", true);
    await page.getByText("Integrated Joint Operations Platform").first().waitFor();
    await expectNoFramework(page);
    // An App Router page rendered per request, signed in: proxy.ts's nonce lets it hydrate.
    await page.goto(`${base()}/search?q=tariff`);
    await expectHydrated(page);
    expect(await w.violations()).toEqual([]);
    expect(w.console).toEqual([]);
    await context.close();
  });

  it.skipIf(!hasNginx())("signed-in article through the front, twice (the second from the shared cache with the access pass): no violations", async () => {
    const { context, page, w } = await visit(front!.url, "/articles/2007090041", true);
    await page.getByText("Integrated Joint Operations Platform").first().waitFor();
    await expectNoFramework(page);
    const again = await page.goto(`${front!.url}/articles/2007090041`);
    expect((await again!.allHeaders())["content-security-policy"]).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
    await page.getByText("Integrated Joint Operations Platform").first().waitFor();
    expect(await w.violations()).toEqual([]);
    expect(w.console).toEqual([]);
    await context.close();
  });
});
