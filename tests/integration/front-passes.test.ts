// The front's cache of full pages for readers holding an access pass
// (docs/decisions/0012-subscriber-page-cache.md). What must hold: a reader
// whose pass is valid and says "full" is served the shared full page from the
// cache; nobody else ever gets a body from it, whatever cookies or headers they send.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintPass, passKey, PASS_COOKIE, SHARED_RENDER_HEADER, sharedRenderToken } from "../../lib/access/pass.ts";
import { loadConfig } from "../../lib/config.ts";
import { hasNginx, hasNjs, NJS_INSTALL, startFront, type Nginx } from "../../scripts/lib/front.ts";
import { base, sessionCookie } from "../support/fixtures.ts";

const ID = "2007090041";
const SECRET = "Integrated Joint Operations Platform"; // a phrase of the gated body (see no-leak.test.ts)
const GATE = "Sign up for a free preview to unlock the rest of this article";

type Page = { status: number; html: string; cache: string | null; pass: string | null; setCookie: string[] };

async function get(url: string, headers: Record<string, string> = {}): Promise<Page> {
  const r = await fetch(url, { headers, redirect: "manual" });
  const setCookie = r.headers.getSetCookie();
  const pass = setCookie.map((c) => c.match(new RegExp(`^${PASS_COOKIE}=([^;]*)`))?.[1]).find((v) => v !== undefined) ?? null;
  return { status: r.status, html: await r.text(), cache: r.headers.get("x-cache"), pass, setCookie };
}

const tokenOf = (cookie: string) => cookie.split("=")[1];
const withPass = (cookie: string, pass: string) => `${cookie}; ${PASS_COOKIE}=${pass}`;

if (hasNginx() && !hasNjs()) console.warn(`front-passes.test.ts skipped: nginx has no njs module. Install it with: ${NJS_INSTALL}`);

describe.skipIf(!hasNginx() || !hasNjs())("the front's cache of full pages for pass holders", () => {
  let front: Nginx;
  let path: string;
  let subscriber: { cookie: string; email: string };
  let pass: string;
  let filled: string;
  beforeAll(async () => {
    front = await startFront({ upstream: base() });
    const r = await fetch(`${base()}/articles/${ID}`);
    path = new URL(r.url).pathname;
    await r.text();
    subscriber = await sessionCookie({ kind: "subscriber" });
  });
  afterAll(async () => {
    await front?.stop();
  });
  const key = () => passKey(loadConfig(process.env).authSecret);

  it("a subscriber's first page comes from the app with a full pass; with it, the next comes from the cache", async () => {
    const first = await get(front.url + path, { cookie: subscriber.cookie });
    expect(first.cache).toBe("BYPASS");
    expect(first.html).toContain(SECRET);
    expect(first.pass).toMatch(/^full\.\d+\./);
    expect(first.setCookie.join("\n")).toMatch(/HttpOnly/i);
    pass = first.pass!;
    const url = (filled = `${front.url}${path}?fill=${Date.now()}`);
    const miss = await get(url, { cookie: withPass(subscriber.cookie, pass) });
    const hit = await get(url, { cookie: withPass(subscriber.cookie, pass) });
    expect([miss.cache, hit.cache]).toEqual(["MISS", "HIT"]);
    for (const p of [miss, hit]) {
      expect(p.status).toBe(200);
      expect(p.html).toContain(SECRET);
      expect(p.html).not.toContain(GATE);
      // A render for "an entitled reader", not for this person.
      expect(p.html).not.toContain(subscriber.email);
      expect(p.setCookie).toEqual([]);
    }
  });

  it("another subscriber, preview reader or site-licence member with a full pass shares the cached page", async () => {
    const other = await sessionCookie({ kind: "preview" });
    const got = await get(front.url + path, { cookie: other.cookie });
    expect(got.pass).toMatch(/^full\./);
    const again = await get(filled, { cookie: withPass(other.cookie, got.pass!) });
    expect(again.cache).toBe("HIT");
    expect(again.html).toContain(SECRET);
  });

  it("a reader whose preview has ended gets a teaser pass, is served by the app, and never gets the body", async () => {
    const expired = await sessionCookie({ kind: "preview-expired" });
    const first = await get(front.url + path, { cookie: expired.cookie });
    expect(first.pass).toMatch(/^teaser\./);
    const again = await get(front.url + path, { cookie: withPass(expired.cookie, first.pass!) });
    expect(again.cache).toBe("BYPASS");
    expect(again.html).not.toContain(SECRET);
    expect(again.html).toContain("Subscribe");
  });

  it("nobody gets the cached body with someone else's pass, a forged, tampered or expired pass, or a pass alone", async () => {
    const expired = await sessionCookie({ kind: "preview-expired" });
    const token = tokenOf(expired.cookie);
    const [, exp, sig] = pass.split(".");
    const attempts: Record<string, string> = {
      "another reader's pass": withPass(expired.cookie, pass),
      "a pass without a session": `${PASS_COOKIE}=${pass}`,
      "a tampered expiry": withPass(expired.cookie, `full.${Number(exp) + 600}.${sig}`),
      "a pass signed with another key": withPass(expired.cookie, mintPass(passKey("not-the-site-secret-at-all"), "full", new Date(Date.now() + 60_000), token)),
      "an expired pass": withPass(expired.cookie, mintPass(key(), "full", new Date(Date.now() - 1000), token)),
      "a teaser pass relabelled full": withPass(
        expired.cookie,
        `full.${mintPass(key(), "teaser", new Date(Date.now() + 60_000), token)
          .split(".")
          .slice(1)
          .join(".")}`,
      ),
    };
    for (const [what, cookie] of Object.entries(attempts)) {
      const p = await get(front.url + path, { cookie });
      expect(p.html, what).not.toContain(SECRET);
      expect(p.cache, what).not.toBe("HIT");
    }
  });

  it("the shared-render header is the front's alone: sent by a client, to the front or to the app, it is ignored", async () => {
    const forged = { [SHARED_RENDER_HEADER]: "guess" };
    for (const url of [`${front.url}${path}?h=${Date.now()}`, `${base()}${path}`]) {
      const p = await get(url, forged);
      expect(p.status).toBe(200);
      expect(p.html).not.toContain(SECRET);
      expect(p.html).toContain(GATE);
    }
    // Even the right token is stripped by the front from what a client sends.
    const right = await get(`${front.url}${path}?h2=${Date.now()}`, { [SHARED_RENDER_HEADER]: sharedRenderToken(key()) });
    expect(right.html).not.toContain(SECRET);
  });

  it("staff are never served from (or into) the shared cache: they see drafts", async () => {
    const editor = await sessionCookie({ kind: "editor" });
    const first = await get(front.url + path, { cookie: editor.cookie });
    expect(first.pass).toMatch(/^staff\./);
    const again = await get(front.url + path, { cookie: withPass(editor.cookie, first.pass!) });
    expect(again.cache).toBe("BYPASS");
    expect(again.html).toContain(SECRET);
  });

  it("a signed-out reader (session gone) with a leftover pass cookie gets the teaser", async () => {
    const p = await get(front.url + path, { cookie: `${PASS_COOKIE}=${pass}` });
    expect(p.html).not.toContain(SECRET);
    expect(p.html).toContain(GATE);
  });
});
