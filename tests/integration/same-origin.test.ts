// The same-origin rule (docs/decisions/0017-same-origin-rule.md): every
// state-changing route handler refuses a request a browser sends from another
// site, in lib/http/guard.ts, except the routes whose requests carry their
// own authority (a signature, an HMAC, a signed token), which are listed here
// so that a new exemption cannot appear without a test saying so.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocumentPdf } from "../../lib/seed/document-pdf.ts";
import { unsubscribeToken } from "../../lib/search/unsubscribe.ts";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { buildRoutes } from "../support/routes.ts";

const EVIL = "http://evil.example";
const REFUSAL = "can only be sent from Trade Law Daily's own pages";

/** Route handlers that take cross-site POSTs, and what authorises them instead. */
const CROSS_SITE: Record<string, string> = {
  "/api/stripe/webhook": "Stripe's signature over the body",
  "/api/internal/revalidate": "HMAC bearer token (the job worker)",
  "/api/internal/revalidate-pages": "HMAC bearer token (the job worker)",
  "/email/unsubscribe": "signed token in the URL (RFC 8058 one-click, from mail providers)",
  "/alerts/unsubscribe": "signed token in the URL (RFC 8058 one-click, from mail providers)",
  "/api/auth/[...nextauth]": "next-auth's own CSRF token (double-submit cookie)",
  "/api/sso/saml/acs": "the identity provider's XML signature over the assertion, InResponseTo of our own request (SAML HTTP-POST binding, decision 0023)",
};

let editor: string;
let pdf: Buffer;

beforeAll(async () => {
  editor = (await sessionCookie({ kind: "editor" })).cookie;
  pdf = (
    await renderDocumentPdf({
      title: `Cross-site ${Date.now()}`,
      issuer: "U.S. Court of International Trade",
      caseNumber: "25-00001",
      dateIssued: "2025-01-02",
      paragraphs: [`Unique ${randomBytes(8).toString("hex")}.`],
    })
  ).pdf;
});

const documents = () => testDb().sourceDocument.count();

function upload(headers: Record<string, string>) {
  return fetch(`${base()}/api/newsroom/documents`, {
    method: "POST",
    body: new Uint8Array(pdf),
    headers: { cookie: editor, "x-file-name": "cross-site.pdf", "content-type": "application/pdf", ...headers },
  });
}

describe("the same-origin rule", () => {
  it("an editor's upload sent from another site is refused (403) and stores nothing; from the newsroom's own page it is stored", async () => {
    const before = await documents();
    const attempts: Record<string, string>[] = [
      { origin: EVIL },
      { origin: EVIL, "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "http://sub.localhost" },
      { origin: "null" },
      { referer: `${EVIL}/attack.html` },
    ];
    for (const h of attempts) {
      const r = await upload(h);
      expect(r.status, JSON.stringify(h)).toBe(403);
      expect((await r.json()).message).toContain(REFUSAL);
    }
    expect(await documents()).toBe(before);
    const own = await upload({ origin: new URL(base()).origin, "sec-fetch-site": "same-origin" });
    expect(own.status).toBe(201);
    expect(await documents()).toBe(before + 1);
  });

  it("every state-changing route handler refuses a cross-site POST, except the listed ones whose requests carry their own authority", async () => {
    const handlers = buildRoutes()
      .filter(([file]) => file.endsWith("/route"))
      .map(([, r]) => r);
    expect(handlers).toContain("/api/newsroom/documents");
    const failures: string[] = [];
    for (const route of handlers) {
      const path = route.replace("[...nextauth]", "signout").replace("[id]", "x").replace("[day]", "2030-01-07");
      const r = await fetch(`${base()}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: editor, origin: EVIL, "sec-fetch-site": "cross-site", "content-type": "application/json" },
        body: "{}",
      });
      const body = await r.text();
      const refusedAsCrossSite = r.status === 403 && body.includes(REFUSAL);
      // 405: the route takes no POST at all.
      if (route in CROSS_SITE) {
        if (refusedAsCrossSite) failures.push(`${route}: exempt (${CROSS_SITE[route]}) but refused as cross-site`);
      } else if (!refusedAsCrossSite && r.status !== 405) failures.push(`${route}: cross-site POST got ${r.status} ${body.slice(0, 80)}`);
      if (r.status >= 500) failures.push(`${route}: ${r.status}`);
    }
    expect(failures).toEqual([]);
  });

  it("mail providers' one-click unsubscribe (RFC 8058) still works from a foreign origin, authorised by the signed token", async () => {
    const { userId } = await sessionCookie({ kind: "subscriber" });
    const alertId = `xs${randomBytes(8).toString("hex")}`;
    await testDb()
      .$executeRaw`insert into "SearchAlert" ("id", "userId", "name", "query", "frequency") values (${alertId}, ${userId}, ${"cross-site alert"}, ${"tariff"}, ${"DAILY"})`;
    const r = await fetch(`${base()}/alerts/unsubscribe?token=${encodeURIComponent(unsubscribeToken(alertId))}`, {
      method: "POST",
      headers: { origin: "https://mail.example", "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(r.status).toBe(200);
    const rows = await testDb().$queryRaw<{ active: boolean }[]>`select "active" from "SearchAlert" where "id" = ${alertId}`;
    expect(rows[0].active).toBe(false);
  });
});
