// A script that got into a page by injection gets no nonce, and Chromium
// blocks it: behind the front (which nonces only the app's own placeholder)
// and directly (where the app's fresh nonce is on its own scripts only).
// The injection is simulated in transit: a small proxy between the client (or
// the front) and the app adds an inline <script> to every HTML page, as a
// stored script that slipped past the sanitiser would appear.
import http from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasNginx, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { hasChromium, INSTALL_HINT, launch, screenshotPath } from "../support/browser.ts";
import { base } from "../support/fixtures.ts";

if (!hasChromium) console.warn(INSTALL_HINT);

const INJECTED = `<script>window.__injected = "ran";document.title = "INJECTED";</script>`;

/** An HTTP pass-through to the app that injects INJECTED after <main> in HTML answers. */
async function startInjector(upstream: string): Promise<{ url: string; injected: () => number; stop: () => Promise<void> }> {
  const target = new URL(upstream);
  let count = 0;
  const server = http.createServer((req, res) => {
    const headers = { ...req.headers, "accept-encoding": "identity" };
    const out = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (up) => {
      const isHtml = String(up.headers["content-type"] ?? "").includes("text/html");
      if (!isHtml) {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      up.on("data", (c) => chunks.push(c));
      up.on("end", () => {
        let html = Buffer.concat(chunks).toString("utf8");
        if (html.includes("<main")) {
          html = html.replace(/(<main[^>]*>)/, `$1${INJECTED}`);
          count++;
        }
        const h = { ...up.headers };
        delete h["content-length"];
        delete h["transfer-encoding"];
        res.writeHead(up.statusCode ?? 502, { ...h, "content-length": Buffer.byteLength(html) });
        res.end(html);
      });
    });
    out.on("error", () => res.writeHead(502).end());
    req.pipe(out);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    injected: () => count,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe.skipIf(!hasChromium)("an injected script is blocked", () => {
  let browser: Browser;
  let injector: Awaited<ReturnType<typeof startInjector>>;
  let front: Nginx | null = null;
  beforeAll(async () => {
    browser = await launch();
    injector = await startInjector(base());
    if (hasNginx()) front = await startFront({ upstream: injector.url });
  });
  afterAll(async () => {
    await browser?.close();
    await front?.stop();
    await injector?.stop();
  });

  async function visit(origin: string, name: string) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const before = injector.injected();
    await page.goto(`${origin}/topics`);
    await page.getByRole("heading", { name: "Topics" }).first().waitFor();
    // The app's own scripts ran: Next's runtime is there.
    await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version), null, { timeout: 20_000 });
    await page.screenshot({ path: screenshotPath(`injected-script-${name}`), fullPage: false });
    const result = {
      injectedInto: injector.injected() - before,
      ran: await page.evaluate(() => (window as unknown as { __injected?: string }).__injected ?? null),
      title: await page.title(),
      violations: await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    };
    await context.close();
    return result;
  }

  it("directly: the app's fresh nonce is on its scripts only", async () => {
    const r = await visit(injector.url, "direct");
    expect(r.injectedInto).toBe(1);
    expect(r.ran).toBeNull();
    expect(r.title).not.toBe("INJECTED");
    expect(r.violations.filter((v) => v.startsWith("script-src")).length).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(!hasNginx())("behind the front: only the app's placeholder becomes a nonce, the injected script gets none", async () => {
    for (const name of ["front-miss", "front-hit"]) {
      const r = await visit(front!.url, name);
      expect(r.ran, name).toBeNull();
      expect(r.title).not.toBe("INJECTED");
      expect(r.violations.filter((v) => v.startsWith("script-src")).length, name).toBeGreaterThanOrEqual(1);
    }
  });
});
