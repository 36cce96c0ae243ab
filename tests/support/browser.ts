// Debian's Chromium driven by playwright-core. Where it is not installed, e2e
// tests are reported as skipped with the command that installs it.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { base, sessionCookie, type ViewerSpec } from "./fixtures.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
export const INSTALL_HINT = "e2e skipped: no Chromium at /usr/bin/chromium. Install it with: sudo apt-get install -y chromium";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export const SCREENSHOTS = path.resolve("test-results/screenshots");
export function screenshotPath(name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}

/** One Chromium for a describe block: launched before its tests, closed after. Returns a getter. */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("useBrowser: the browser is not launched yet (call it in a test or hook)");
    return browser;
  };
}

/** A browser context signed in as a new reader of `kind` (a session made as next-auth makes them). */
export async function signedInContext(
  browser: Browser,
  kind: ViewerSpec["kind"],
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; userId: string }> {
  const who = await sessionCookie({ kind });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const [name, value] = who.cookie.split("=");
  await context.addCookies([{ name, value, url: base() }]);
  return { context, userId: who.userId };
}
