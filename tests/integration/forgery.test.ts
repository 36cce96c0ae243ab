// Every token the site accepts, forged with the secrets this project once
// published as defaults (tests/support/retired-secrets.ts), is refused; the
// same token made with this install's own secret works, so each refusal is
// the key's doing and the test could fail (decision 0014).
import { createHash, createHmac, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mintPass, passKey, PASS_COOKIE, SHARED_RENDER_HEADER, sharedRenderToken } from "../../lib/access/pass.ts";
import { keyedHash } from "../../lib/auth/sign-in-keys.ts";
import { loadConfig } from "../../lib/config.ts";
import { hasNginx, hasNjs, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { RETIRED } from "../support/retired-secrets.ts";
import { deliver, stripeClient } from "../support/stripe.ts";

const ID = "2007090041";
const BODY = "Integrated Joint Operations Platform"; // a phrase of the gated body (see no-leak.test.ts)
const GATE = "Sign up for a free preview to unlock the rest of this article";
const OLD = RETIRED.session;
/** The secret the app under test signs with: this run's (scripts/test.ts), else the install's. */
const CURRENT = () => loadConfig(process.env).authSecret;
/** next-auth v4's stored form of an email token: sha256(token + secret). */
const nextAuthStored = (token: string, secret: string) => createHash("sha256").update(`${token}${secret}`).digest("hex");
const hmac = (key: string, text: string, enc: "hex" | "base64url") => createHmac("sha256", key).update(text).digest(enc);

async function page(url: string, headers: Record<string, string> = {}) {
  const r = await fetch(url, { headers, redirect: "manual" });
  return { status: r.status, html: await r.text(), location: r.headers.get("location"), setCookie: r.headers.getSetCookie() };
}

let path: string;
beforeAll(async () => {
  const r = await fetch(`${base()}/articles/${ID}`);
  path = new URL(r.url).pathname;
  await r.text();
});

describe("access passes and shared renders", () => {
  let front: Nginx | null = null;
  beforeAll(async () => {
    if (hasNginx() && hasNjs()) front = await startFront({ upstream: base() });
  });
  afterAll(async () => {
    await front?.stop();
  });
  // The attack as reported: no account, a made-up session token, a pass signed
  // with the old published secret and an expiry ten years out.
  const FAKE_SESSION = "next-auth.session-token=x";
  const tenYears = () => new Date(Date.now() + 10 * 365 * 86_400_000);
  const cookie = (pass: string) => `${FAKE_SESSION}; ${PASS_COOKIE}=${pass}`;

  it("a pass made with the old published secret gets the teaser, through the front and directly", async () => {
    const forged = [mintPass(passKey(OLD), "full", tenYears(), "x"), mintPass(passKey(OLD), "full", new Date(Date.now() + 60_000), "x")];
    const targets = [base(), ...(front ? [front.url] : [])];
    expect(targets.length, "the front (nginx + njs) is installed by .ci/run").toBe(2);
    for (const target of targets)
      for (const pass of forged) {
        const p = await page(`${target}${path}?forged=${randomBytes(3).toString("hex")}`, { cookie: cookie(pass) });
        expect(p.status).toBe(200);
        expect(p.html).toContain(GATE);
        expect(p.html).not.toContain(BODY);
      }
  });

  it.skipIf(!hasNginx() || !hasNjs())("a pass correctly signed with this install's key is honoured only within its lifetime", async () => {
    const url = () => `${front!.url}${path}?far=${randomBytes(3).toString("hex")}`;
    const far = await page(url(), { cookie: cookie(mintPass(passKey(CURRENT()), "full", tenYears(), "x")) });
    expect(far.html).toContain(GATE);
    expect(far.html).not.toContain(BODY);
    // Control: the same key and session with an ordinary expiry is what the front serves
    // the shared full page on. So the key is all that protects it, and the far expiry is
    // refused for its expiry alone.
    const near = await page(url(), { cookie: cookie(mintPass(passKey(CURRENT()), "full", new Date(Date.now() + 60_000), "x")) });
    expect(near.html).toContain(BODY);
  });

  it("the shared-render header made with the old secret renders the teaser; this install's renders the body", async () => {
    const old = await page(`${base()}${path}`, { [SHARED_RENDER_HEADER]: sharedRenderToken(passKey(OLD)) });
    expect(old.html).toContain(GATE);
    expect(old.html).not.toContain(BODY);
    const current = await page(`${base()}${path}`, { [SHARED_RENDER_HEADER]: sharedRenderToken(passKey(CURRENT())) });
    expect(current.html).toContain(BODY);
  });
});

describe("revalidation", () => {
  for (const route of ["/api/internal/revalidate", "/api/internal/revalidate-pages"])
    it(`${route} refuses the old secret's token and takes this install's`, async () => {
      const post = (secret: string) =>
        fetch(`${base()}${route}`, {
          method: "POST",
          headers: { authorization: `Bearer ${hmac(secret, "revalidate-public-pages", "hex")}`, "content-type": "application/json" },
          body: JSON.stringify(route.endsWith("pages") ? { paths: ["/"] } : {}),
        });
      expect((await post(OLD)).status).toBe(403);
      expect((await post(CURRENT())).status).toBe(200);
    });
});

describe("emailed links", () => {
  it("a daily-email unsubscribe link signed with the old secret changes nothing", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    const link = (secret: string) => `${base()}/email/unsubscribe?u=${reader.userId}&t=${hmac(secret, `unsubscribe:${reader.userId}`, "base64url")}`;
    expect((await page(link(OLD))).status).toBe(400);
    expect((await fetch(link(OLD), { method: "POST" })).status).toBe(400);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: reader.userId } })).emailOptOut).toBe(false);
    expect((await page(link(CURRENT()))).html).toContain("Unsubscribe from the daily email?");
  });

  it("an alert's unsubscribe link signed with the old secret leaves the alert running", async () => {
    const reader = await sessionCookie({ kind: "subscriber" });
    const id = `forgery-${randomBytes(4).toString("hex")}`;
    await testDb()
      .$executeRaw`insert into "SearchAlert" ("id", "userId", "name", "query", "frequency") values (${id}, ${reader.userId}, 'Forgery check', 'tariff', 'DAILY')`;
    const token = (secret: string) => `${id}.${hmac(secret, `tld-search-alert-unsubscribe:${id}`, "base64url")}`;
    const r = await fetch(`${base()}/alerts/unsubscribe?token=${encodeURIComponent(token(OLD))}`, { method: "POST" });
    expect(r.status).toBe(400);
    const [{ active }] = await testDb().$queryRaw<{ active: boolean }[]>`select "active" from "SearchAlert" where "id" = ${id}`;
    expect(active).toBe(true);
    const ok = await fetch(`${base()}/alerts/unsubscribe?token=${encodeURIComponent(token(CURRENT()))}`, { method: "POST" });
    expect(ok.status).toBe(200);
  });

  it("sign-in material stored under the old secret signs nobody in", async () => {
    const email = `forgery-${randomBytes(4).toString("hex")}@example.com`;
    const cont = async (secret: string) => {
      const token = randomBytes(32).toString("base64url");
      const linkHash = keyedHash("tld-sign-in-link-v1", token, secret);
      await testDb().signInRequest.create({ data: { email, linkHash, codeHash: "00", callbackPath: "/", expires: new Date(Date.now() + 600_000) } });
      const r = await fetch(`${base()}/api/sign-in/continue`, { method: "POST", redirect: "manual", body: new URLSearchParams({ token }) });
      return { location: r.headers.get("location") ?? "", setCookie: r.headers.getSetCookie() };
    };
    const old = await cont(OLD);
    expect(old.location).toContain("/sign-in/continue?");
    expect(old.setCookie.join("\n")).not.toMatch(/next-auth\.session-token=[^;]/);
    const current = await cont(CURRENT());
    expect(current.location).toBe("/");
    expect(current.setCookie.join("\n")).toMatch(/next-auth\.session-token=[^;]/);
    // next-auth's own email callback is closed: a token stored where it looks, hashed as it hashes, signs nobody in.
    const token = randomBytes(32).toString("hex");
    await testDb().verificationToken.create({ data: { identifier: email, token: nextAuthStored(token, CURRENT()), expires: new Date(Date.now() + 600_000) } });
    const legacy = await page(`${base()}/api/auth/callback/email?${new URLSearchParams({ callbackUrl: `${base()}/`, token, email })}`);
    expect(legacy.location).toContain("/sign-in/error?error=Verification");
    expect(legacy.setCookie.join("\n")).not.toMatch(/next-auth\.session-token=[^;]/);
  });
});

describe("Stripe webhooks", () => {
  it("an event signed with any old published webhook secret gets 400 and changes nothing", async () => {
    const reader = await sessionCookie({ kind: "preview" });
    const payload = JSON.stringify({
      id: `evt_forged_${randomBytes(4).toString("hex")}`,
      object: "event",
      type: "checkout.session.completed",
      created: Math.floor(Date.now() / 1000),
      data: {
        object: {
          id: "cs_forged",
          object: "checkout.session",
          mode: "subscription",
          customer: "cus_attacker",
          subscription: "sub_attacker",
          client_reference_id: reader.userId,
          metadata: { userId: reader.userId },
        },
      },
    });
    const before = await testDb().stripeEvent.count();
    for (const secret of [RETIRED.stripeWebhook, RETIRED.stripeWebhookCli, RETIRED.stripeWebhookTests, RETIRED.stripeWebhookBench]) {
      const signature = stripeClient().webhooks.generateTestHeaderString({ payload, secret });
      expect((await deliver(payload, signature)).status).toBe(400);
    }
    expect(await testDb().stripeEvent.count()).toBe(before);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: reader.userId } })).stripeCustomerId).toBeNull();
    expect(inject("stripeWebhookSecret")).not.toBe(RETIRED.stripeWebhook);
  });
});
