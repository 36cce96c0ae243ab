// Every redirect the app emits, followed through the nginx front, stays on the
// public address: a Location is a path (the browser resolves it against the
// address it used) or an absolute URL built from SITE_URL, never from the
// request URL, which behind the front is next start's own
// http://localhost:<internal port>. To tell the two apart, this suite runs the
// app as `npm start` does behind the front: a second `next start` of the test
// build whose SITE_URL is the front's address, not its own.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort, hasNginx, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { unsubscribeToken } from "../../lib/search/unsubscribe.ts";
import { magicLinkFrom, sessionCookie, testDb, waitForMail } from "../support/fixtures.ts";

let front: Nginx;
let app: ChildProcess | null = null;
let appPort: number;
let ids: { doc: string; alertToken: string; cookie: string };

async function waitUp(url: string, ms: number) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      await r.arrayBuffer();
      if (r.status < 500) return;
    } catch {}
    if (Date.now() > until) throw new Error(`${url} did not come up within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  if (!hasNginx()) return;
  const frontPort = await freePort();
  appPort = await freePort();
  const stripe = new URL(inject("stripeUrl"));
  app = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(appPort), "--hostname", "localhost"], {
    cwd: path.resolve("."),
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: ".next-test",
      DATABASE_URL: inject("databaseUrl"),
      SMTP_URL: inject("smtpUrl"),
      STORAGE_DIR: inject("storageDir"),
      PORT: String(appPort),
      SITE_URL: `http://127.0.0.1:${frontPort}`,
      TLD_EMBEDDED: "db,smtp,stripe",
      STRIPE_SECRET_KEY: inject("stripeApiKey"),
      STRIPE_WEBHOOK_SECRET: inject("stripeWebhookSecret"),
      STRIPE_PUBLISHABLE_KEY: "pk_test_harness",
      STRIPE_API_HOST: stripe.hostname,
      STRIPE_API_PORT: stripe.port,
      STRIPE_API_PROTOCOL: "http",
      MAX_UPLOAD_MB: "5",
    },
  });
  await waitUp(`http://localhost:${appPort}/robots.txt`, 60_000);
  front = await startFront({ upstream: `http://localhost:${appPort}`, port: frontPort });
  const db = testDb();
  const doc = await db.sourceDocument.findFirstOrThrow({ select: { id: true } });
  const { userId, cookie } = await sessionCookie({ kind: "preview-expired" });
  const alertId = `fr${randomBytes(8).toString("hex")}`;
  await db.$executeRaw`insert into "SearchAlert" ("id", "userId", "name", "query", "frequency") values (${alertId}, ${userId}, ${"redirect alert"}, ${"tariff"}, ${"DAILY"})`;
  ids = { doc: doc.id, alertToken: unsubscribeToken(alertId), cookie };
}, 120_000);

afterAll(async () => {
  await front?.stop();
  if (app && app.exitCode === null) {
    const exited = new Promise((r) => app!.once("exit", r));
    app.kill("SIGTERM");
    await exited;
  }
});

type Step = { status: number; location: string; resolved: string };

/** Follow a request's redirects through the front (at most 6 hops), recording each Location. */
async function follow(url: string, init: RequestInit = {}): Promise<{ steps: Step[]; final: Response }> {
  const steps: Step[] = [];
  let current = url;
  let r = await fetch(current, { ...init, redirect: "manual" });
  for (let hop = 0; r.status >= 300 && r.status < 400 && hop < 6; hop++) {
    await r.arrayBuffer();
    const location = r.headers.get("location") ?? "";
    const resolved = new URL(location, current).toString();
    steps.push({ status: r.status, location, resolved });
    current = resolved;
    if (!current.startsWith(front.url)) break;
    // A 303 (and a browser's 302 after POST) continues as GET; 307/308 repeat the request.
    const repeat = r.status === 307 || r.status === 308;
    r = await fetch(current, { redirect: "manual", headers: init.headers, ...(repeat ? { method: init.method, body: init.body } : {}) });
  }
  return { steps, final: r };
}

describe.skipIf(!hasNginx())("redirects through the front", () => {
  it("the alert-stop redirect (GET and the page's POST) stays on the public address and the Stop button works", async () => {
    const get = await follow(`${front.url}/alerts/unsubscribe?token=${encodeURIComponent(ids.alertToken)}`);
    expect(get.steps.map((s) => s.resolved)).toEqual([`${front.url}/alerts/stop?token=${encodeURIComponent(ids.alertToken)}`]);
    expect(get.final.status).toBe(200);
    expect(await get.final.text()).toContain("Stop this alert");
    // The button: a same-origin form post from the page the front served.
    const post = await follow(`${front.url}/alerts/unsubscribe?token=${encodeURIComponent(ids.alertToken)}`, {
      method: "POST",
      headers: { origin: front.url, "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded" },
      body: "from=page",
    });
    expect(post.steps.map((s) => s.resolved)).toEqual([`${front.url}/alerts/stop?stopped=1`]);
    expect(await post.final.text()).toContain("Alert stopped");
  });

  it("every redirect the app emits resolves on the public address, never next start's own", async () => {
    const cookie = { cookie: ids.cookie };
    const form = (fields: Record<string, string>) => ({
      method: "POST",
      headers: { origin: front.url, "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.77" },
      body: new URLSearchParams(fields).toString(),
    });
    const cases: [string, string, RequestInit?][] = [
      ["alert stop link", "/alerts/unsubscribe?token=not-a-token"],
      ["alert stop, invalid token, from the page", "/alerts/unsubscribe?token=bad.token", form({ from: "page" })],
      ["edition PDF without access", "/editions/2030-01-07/pdf"],
      ["document download without access", `/documents/${ids.doc}/download`],
      ["document download, expired preview", `/documents/${ids.doc}/download`, { headers: cookie }],
      ["article with the wrong slug (anonymous: teaser route)", "/articles/2007090041/wrong-slug"],
      ["article with the wrong slug (signed in)", "/articles/2007090041/wrong-slug", { headers: cookie }],
      ["article without its slug", "/articles/2007090041"],
      ["trailing slash", "/documents/"],
      ["email settings, anonymous", "/account/email"],
      ["newsroom, anonymous", "/newsroom"],
      ["search by public ID", "/search?q=2007090041"],
      ["free-preview form, bad address", "/api/preview-signup", form({ email: "not an address", returnTo: "/articles/2007090041" })],
      ["free-preview form", "/api/preview-signup", form({ email: `redirects-${Date.now()}@example.com`, returnTo: "/articles/2007090041" })],
      ["next-auth sign-in page", "/api/auth/signin"],
      ["next-auth sign-in with a callback", "/api/auth/signin?callbackUrl=%2Faccount"],
      ["next-auth error page", "/api/auth/error?error=Verification"],
      ["next-auth callback, used token", "/api/auth/callback/email?token=nope&email=a%40example.com"],
    ];
    const failures: string[] = [];
    let redirects = 0;
    for (const [label, p, init] of cases) {
      const { steps, final } = await follow(`${front.url}${p}`, init);
      await final.arrayBuffer();
      if (steps.length === 0) failures.push(`${label}: expected a redirect, got ${final.status}`);
      for (const s of steps) {
        redirects++;
        if (!s.resolved.startsWith(`${front.url}/`)) failures.push(`${label}: ${s.status} to ${s.location}`);
        if (s.location.includes(`:${appPort}`)) failures.push(`${label}: Location names next start's port: ${s.location}`);
      }
      if (final.status >= 500) failures.push(`${label}: ended in ${final.status}`);
    }
    console.log(`redirects through the front: ${cases.length} requests, ${redirects} redirects followed`);
    expect(failures).toEqual([]);
  });

  it("a magic link from the email signs in and lands on the public address", async () => {
    const email = `front-magic-${Date.now()}@example.com`;
    const r = await fetch(`${front.url}/api/preview-signup`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: front.url, "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.78" },
      body: new URLSearchParams({ email, returnTo: "/articles/2007090041" }).toString(),
    });
    expect(r.status).toBe(303);
    // "Check your email" names the address from this browser's pending sign-in; the front never hands it to another visitor.
    const pending = r.headers
      .getSetCookie()
      .find((c) => c.startsWith("tld-sign-in="))!
      .split(";")[0];
    expect(await (await fetch(`${front.url}/sign-in/check-email`, { headers: { cookie: pending } })).text()).toContain(email);
    expect(await (await fetch(`${front.url}/sign-in/check-email`)).text()).not.toContain(email);
    const link = magicLinkFrom(await waitForMail(email));
    expect(link.startsWith(`${front.url}/sign-in/continue?`)).toBe(true);
    // Opening it through the front spends nothing and is not cached for the next visitor.
    const opened = await fetch(link, { redirect: "manual" });
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(`Sign in as ${email}?`);
    const pressed = await fetch(`${front.url}/api/sign-in/continue`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: front.url, "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.78" },
      body: new URLSearchParams({ token: new URL(link).searchParams.get("token")! }).toString(),
    });
    const location = pressed.headers.get("location") ?? "";
    expect(pressed.status).toBe(303);
    expect(pressed.headers.getSetCookie().join("\n")).toMatch(/session-token=[^;]/);
    expect(new URL(location, link).toString()).toBe(`${front.url}/articles/2007090041`);
    const after = await fetch(link, { redirect: "manual" });
    expect(await after.text()).toContain("This sign-in link has already been used");
  });

  it("a URL of about 3,000 characters is the app's 404 through the front, not a 502", async () => {
    for (const n of [3000, 6000]) {
      const r = await fetch(`${front.url}/${"a".repeat(n)}`, { redirect: "manual" });
      await r.arrayBuffer();
      expect(r.status, `${n} characters`).toBe(404);
    }
    const search = await fetch(`${front.url}/search?q=${"tariff ".repeat(430)}`);
    await search.arrayBuffer();
    expect(search.status).toBeLessThan(500);
  });
});
