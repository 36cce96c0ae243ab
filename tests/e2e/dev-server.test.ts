// `npm run dev` as the README starts it, seen in a real browser: every kind of
// page is visible (Next's development body is hidden until its client script
// runs, so a blocked script leaves a blank page that curl cannot see), with no
// console error, no CSP violation, and no serious or critical axe finding.
// Then the server is stopped as a process manager would (SIGTERM to npm) and
// nothing it started may be left. Everything runs on free ports with a
// throwaway data folder and its own Next build folder.
import AxeBuilder from "@axe-core/playwright";
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/embedded-pg.ts";
import { endGroup, isAlive } from "../../scripts/lib/processes.ts";
import { hasChromium, INSTALL_HINT, launch, screenshotPath } from "../support/browser.ts";

if (!hasChromium) console.warn(INSTALL_HINT);

const ROOT = path.resolve(import.meta.dirname, "../..");
const EDITOR = "editor@tradelawdaily.test";

type Ports = { site: number; pg: number; smtp: number; inbox: number; stripe: number };
let ports: Ports;
let dataDir: string;
let dev: ChildProcess;
const output: string[] = [];
let browser: Browser;

/** The environment of a newcomer's shell: none of the test run's services or settings. */
function newcomerEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      /^(NODE_ENV|DATABASE_URL|SMTP_URL|SITE_URL|STRIPE_|NEXTAUTH_|NEXT_DIST_DIR|STORAGE_DIR|TLD_EMBEDDED|MAIL_CATCHER_|EMBEDDED_PG_PORT|PORT$|VITEST|TEST)/.test(
        k,
      )
    )
      continue;
    env[k] = v;
  }
  return {
    ...env,
    PORT: String(ports.site),
    EMBEDDED_PG_PORT: String(ports.pg),
    MAIL_CATCHER_SMTP_PORT: String(ports.smtp),
    MAIL_CATCHER_HTTP_PORT: String(ports.inbox),
    STRIPE_DOUBLE_PORT: String(ports.stripe),
    TLD_DATA_DIR: dataDir,
    STORAGE_DIR: path.join(dataDir, "storage"),
    // Its own build folder, so a developer's `npm run dev` in this checkout is not disturbed.
    NEXT_DIST_DIR: ".next-dev-test",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

const site = (p: string) => `http://localhost:${ports.site}${p}`;

async function answering(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (dev.exitCode !== null) throw new Error(`npm run dev exited (${dev.exitCode}):\n${output.join("")}`);
    try {
      const r = await fetch(url, { redirect: "manual" });
      await r.arrayBuffer();
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`npm run dev did not answer ${url} within ${ms} ms:\n${output.join("")}`);
}

type Findings = { errors: string[]; violations: () => Promise<string[]> };

async function watched(context: BrowserContext): Promise<{ page: Page; findings: Findings }> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  return { page, findings: { errors, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) } };
}

/**
 * `fn` on the page as it settles: `next dev` may reload a page once while it compiles a
 * route for the first time (seen under a loaded full run), which destroys the context
 * of an evaluation under way or aborts the next navigation; that is retried on the
 * reloaded page, anything else is not.
 */
async function settled<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= 3 || !/context was destroyed|ERR_ABORTED|interrupted by another navigation/i.test(String(e))) throw e;
      await page.waitForLoadState("load", { timeout: 60_000 }).catch(() => {});
      await page.waitForLoadState("networkidle", { timeout: 20_000 }).catch(() => {});
    }
  }
}

/** Open `p`, and check what a reader would notice: a visible body with `expectText`, no errors, no violations, no serious axe findings. */
async function visit(page: Page, findings: Findings, p: string, name: string, expectText: RegExp) {
  findings.errors.length = 0;
  const r = await settled(page, () => page.goto(site(p), { waitUntil: "load", timeout: 120_000 }));
  expect(r?.status(), `${p} status`).toBeLessThan(400);
  // Next's dev body is display:none until its client script runs; give it the time a person would.
  await page.waitForFunction(() => getComputedStyle(document.body).display !== "none", null, { timeout: 20_000 }).catch(() => {});
  await page.waitForLoadState("networkidle", { timeout: 20_000 }).catch(() => {});
  const display = await settled(page, () => page.evaluate(() => getComputedStyle(document.body).display));
  await page.screenshot({ path: screenshotPath(`dev-${name}`), fullPage: false });
  expect(display, `${p}: body hidden (display:none)`).not.toBe("none");
  await expect.poll(() => page.locator("main").first().isVisible(), { message: `${p}: <main> visible`, timeout: 5_000 }).toBe(true);
  expect(await settled(page, () => page.locator("body").innerText()), `${p}: text`).toMatch(expectText);
  expect(await settled(page, () => findings.violations()), `${p}: CSP violations`).toEqual([]);
  expect(findings.errors, `${p}: console errors`).toEqual([]);
  const axe = await settled(page, () => new AxeBuilder({ page }).analyze());
  expect(axe.passes.length, `${p}: axe ran its rules`).toBeGreaterThan(10);
  const serious = axe.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")})`);
  expect(serious, `${p}: serious or critical axe violations`).toEqual([]);
}

describe.skipIf(!hasChromium)("npm run dev in a browser", () => {
  beforeAll(async () => {
    ports = { site: await freePort(), pg: await freePort(), smtp: await freePort(), inbox: await freePort(), stripe: await freePort() };
    dataDir = mkdtempSync(path.join(os.tmpdir(), "tld-dev-test-"));
    // As root, the embedded PostgreSQL runs as another user, which must reach this folder.
    chmodSync(dataDir, 0o755);
    // As the README does: `npm run dev`. npm execs the launcher, so npm's pid leads the group.
    dev = spawn("npm", ["run", "dev"], { cwd: ROOT, env: newcomerEnv() as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
    dev.stdout?.on("data", (d) => output.push(String(d)));
    dev.stderr?.on("data", (d) => output.push(String(d)));
    await answering(site("/robots.txt"), 150_000);
    browser = await launch();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (dev && dev.exitCode === null) await endGroup(dev, "SIGKILL").catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("shows every kind of page, anonymous and signed in, with no console error, CSP violation or serious axe finding", async () => {
    const context = await browser.newContext();
    const { page, findings } = await watched(context);
    await visit(page, findings, "/", "home", /Headlines for|Latest headlines/);
    await visit(page, findings, "/articles/2007090041", "article-teaser", /US Sanctions Xinjiang Security Bureau[\s\S]*Sign up for a free preview/);
    await expect.poll(() => page.locator('input[type="email"]').first().isVisible()).toBe(true);
    await visit(page, findings, "/search?q=tariff", "search", /Search/);
    await visit(page, findings, "/topics", "topics", /Topics/);
    const topic = await page.locator('main a[href^="/topics/"]').first().getAttribute("href");
    expect(topic).toBeTruthy();
    await visit(page, findings, topic!, "topic", /./);
    await visit(page, findings, "/subscribe", "subscribe", /Subscribe|plan/i);
    await visit(page, findings, "/sign-in", "sign-in", /Sign in/i);

    // Sign in as the demo editor, by the email link, as the README says.
    await page.locator('input[type="email"]').first().fill(EDITOR);
    await page.locator('main button[type="submit"]').first().click();
    let link: string | undefined;
    const until = Date.now() + 30_000;
    while (!link && Date.now() < until) {
      const mails = (await (await fetch(`http://127.0.0.1:${ports.inbox}/messages.json`)).json()) as { to: string[]; text: string }[];
      link = mails
        .filter((m) => m.to.includes(EDITOR))
        .at(-1)
        ?.text.match(/https?:\/\/\S+\/sign-in\/continue\?token=[A-Za-z0-9_-]+/)?.[0];
      if (!link) await new Promise((r) => setTimeout(r, 500));
    }
    expect(link, "the sign-in email reached the local inbox").toBeTruthy();
    // The link opens a page naming the account; its Continue button signs in (decision 21).
    await page.goto(link!, { waitUntil: "load", timeout: 120_000 });
    await page.getByRole("button", { name: /Continue/ }).click();
    await page.waitForLoadState("load");
    await visit(page, findings, "/newsroom", "newsroom", /Newsroom/i);
    await context.close();
  }, 420_000);

  it("stops cleanly on SIGTERM to npm (a process manager's stop): nothing it started is left", async () => {
    const pgid = dev.pid!;
    const exited = new Promise<void>((r) => dev.once("exit", () => r()));
    process.kill(pgid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    const groupAlive = () => {
      try {
        process.kill(-pgid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const until = Date.now() + 20_000;
    while (groupAlive() && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    expect(isAlive(pgid), "npm run dev still running").toBe(false);
    expect(groupAlive(), "a process npm run dev started is still running").toBe(false);
  }, 60_000);
});
