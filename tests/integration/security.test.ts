// Security properties a reader or attacker would notice: response headers,
// session cookie flags, no secrets or sign-in tokens in the logs, and no
// enumeration through sign-in.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { base, codeFrom, inbox, magicLinkFrom, submitSignupForm } from "../support/fixtures.ts";
import { RETIRED } from "../support/retired-secrets.ts";

describe("headers", () => {
  for (const path of ["/", "/articles/2007090041", "/newsroom", "/api/auth/session"])
    it(`${path} sends the protective headers`, async () => {
      const r = await fetch(`${base()}${path}`, { redirect: "manual" });
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      // Script nonces: tests/integration/csp.test.ts. Every policy forbids framing, plugins and <base> tricks.
      const csp = r.headers.get("content-security-policy") ?? "";
      for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(csp).toContain(d);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(r.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(r.headers.get("x-powered-by")).toBeNull();
    });
});

describe("session cookies and logs", () => {
  it("the session cookie is HttpOnly and SameSite=Lax, and no token or secret is ever logged", async () => {
    const email = `logs.${Date.now()}@example.com`;
    await submitSignupForm("/articles/2007090041", email, { "x-forwarded-for": "10.44.0.1" });
    const mail = (await inbox(email))[0];
    const token = new URL(magicLinkFrom(mail)).searchParams.get("token")!;
    const code = codeFrom(mail);
    const r = await fetch(`${base()}/api/sign-in/continue`, { method: "POST", redirect: "manual", body: new URLSearchParams({ token }) });
    const setCookie = r.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const session = setCookie.split(";")[0].split("=")[1];
    await new Promise((res) => setTimeout(res, 500));
    const logs = readFileSync(inject("serverLogPath"), "utf8");
    expect(logs.length).toBeGreaterThan(100);
    expect(logs).toContain("sign-in link sent");
    expect(logs).not.toContain(token);
    expect(logs).not.toMatch(new RegExp(`\\b${code}\\b`));
    expect(logs).not.toContain(session);
    expect(logs).not.toMatch(/sk_test_[A-Za-z0-9_]{6,}|whsec_[A-Za-z0-9_]{6,}/);
    for (const secret of [process.env.NEXTAUTH_SECRET, inject("stripeApiKey"), inject("stripeWebhookSecret"), ...Object.values(RETIRED)])
      if (secret) expect(logs).not.toContain(secret);
    expect(logs).not.toContain(email);
  });
});
