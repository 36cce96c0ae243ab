// Test helpers: a database client on the test database, signed-in viewers
// made the way next-auth makes them (a Session row + the session cookie), and
// the mail catcher's inbox.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDb, type Db } from "../../lib/db.ts";

let client: Db | null = null;
export function testDb(): Db {
  client ??= createDb(inject("databaseUrl"), 3);
  return client;
}

export const base = () => inject("baseUrl");
const DAY = 86_400_000;

export type ViewerSpec =
  | { kind: "preview"; email?: string }
  | { kind: "preview-expired"; email?: string }
  | { kind: "subscriber"; email?: string }
  | { kind: "editor" | "admin" | "writer"; email?: string };

/** Create a user of the given kind with a live session; returns the Cookie header value. */
export async function sessionCookie(spec: ViewerSpec): Promise<{ cookie: string; userId: string; email: string }> {
  const db = testDb();
  const email = spec.email ?? `${spec.kind}-${randomBytes(4).toString("hex")}@example.com`;
  const now = Date.now();
  const user = await db.user.create({
    data: {
      email,
      emailVerified: new Date(),
      role: spec.kind === "editor" ? "EDITOR" : spec.kind === "admin" ? "ADMIN" : spec.kind === "writer" ? "WRITER" : "READER",
      previewStartedAt: new Date(now - 20 * DAY),
      previewEndsAt: spec.kind === "preview" ? new Date(now + 5 * DAY) : new Date(now - 6 * DAY),
    },
  });
  if (spec.kind === "subscriber")
    await db.subscription.create({ data: { userId: user.id, plan: "individual-monthly", status: "ACTIVE", currentPeriodEnd: new Date(now + 20 * DAY) } });
  const token = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken: token, userId: user.id, expires: new Date(now + 30 * DAY) } });
  return { cookie: `next-auth.session-token=${token}`, userId: user.id, email };
}

export type Mail = { id: number; to: string[]; subject: string; text: string; html: string | null; headers: Record<string, string> };

export async function inbox(to?: string): Promise<Mail[]> {
  const r = await fetch(`${inject("inboxUrl")}/messages.json${to ? `?to=${encodeURIComponent(to)}` : ""}`);
  return (await r.json()) as Mail[];
}

export async function waitForMail(to: string, timeoutMs = 10_000): Promise<Mail> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const m = await inbox(to);
    if (m.length) return m[m.length - 1];
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
}

/** The sign-in link of a sign-in email (it opens the Continue page, /sign-in/continue?token=…). */
export function magicLinkFrom(mail: Mail): string {
  const m = mail.text.match(/https?:\/\/\S+\/sign-in\/continue\?token=[A-Za-z0-9_-]+/);
  if (!m) throw new Error(`no sign-in link in mail: ${mail.text}`);
  return m[0];
}

/** The 6-digit one-time code of a sign-in email. */
export function codeFrom(mail: Mail): string {
  const m = mail.text.match(/^\s+(\d{3}) (\d{3})$/m);
  if (!m) throw new Error(`no sign-in code in mail: ${mail.text}`);
  return m[1] + m[2];
}

/** Every link in a mail, text and HTML parts (what a mail scanner fetches). */
export function linksIn(mail: Mail): string[] {
  const all = [...mail.text.matchAll(/https?:\/\/[^\s"<>]+/g), ...(mail.html ?? "").matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? m[0]);
  return [...new Set(all.map((u) => u.replace(/&amp;/g, "&")))];
}

export type Landed = { status: number; url: string; cookie: string; html: string };

/** Fetch like a browser without JavaScript: keep cookies, follow redirects (a 303 turns a POST into a GET). */
export async function browse(
  url: string,
  init: { method?: string; body?: URLSearchParams; cookie?: string; headers?: Record<string, string> } = {},
): Promise<Landed> {
  let cookie = init.cookie ?? "";
  let method = init.method ?? "GET";
  let body: URLSearchParams | undefined = init.body;
  for (let i = 0; i < 8; i++) {
    const r = await fetch(url, { method, body, redirect: "manual", headers: { ...init.headers, ...(cookie ? { cookie } : {}) } });
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const jar = cookie ? cookie.split("; ").filter((p) => !p.startsWith(`${name}=`)) : [];
      if (!/Max-Age=0/i.test(c)) jar.push(pair);
      cookie = jar.join("; ");
    }
    const loc = r.headers.get("location");
    if (!loc || r.status < 300 || r.status >= 400) return { status: r.status, url, cookie, html: await r.text() };
    await r.arrayBuffer();
    url = new URL(loc, url).toString();
    if (r.status === 303) {
      method = "GET";
      body = undefined;
    }
  }
  throw new Error("too many redirects");
}

/**
 * Follow a sign-in link as a reader does: open it (the Continue page), then
 * press Continue (its plain form POST). Returns where the reader lands.
 */
export async function followLink(link: string, cookie = ""): Promise<Landed & { page: Landed }> {
  const page = await browse(link, { cookie });
  const form = page.html.match(/<form[^>]*action="([^"]*\/api\/sign-in\/continue)"[^>]*>([\s\S]*?)<\/form>/);
  if (!form) return { ...page, page };
  const token = form[2].match(/name="token" value="([^"]*)"/)?.[1] ?? "";
  const landed = await browse(new URL(decode(form[1]), page.url).toString(), {
    method: "POST",
    body: new URLSearchParams({ token: decode(token) }),
    cookie: page.cookie,
  });
  return { ...landed, page };
}

const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * Submit one of a page's server-action forms as a browser without JavaScript
 * would: the form whose hidden fields include `match`, plus `fields`.
 * Returns the raw response (redirects not followed).
 */
export async function submitForm(
  pagePath: string,
  match: Record<string, string>,
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
  opts: { formFrom?: Record<string, string> } = {},
) {
  // opts.formFrom: take the form from the page as seen with these headers (a crafted post of a form the viewer is not shown).
  const page = await fetch(`${base()}${pagePath}`, { headers: opts.formFrom ?? headers });
  const html = await page.text();
  const forms = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]);
  const hiddenOf = (f: string) =>
    [...f.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map((m) => [m[1], decode(m[2] ?? "")] as const);
  const form = forms.find((f) => Object.entries(match).every(([k, v]) => hiddenOf(f).some(([hk, hv]) => hk === k && hv === v)));
  if (!form) throw new Error(`no form matching ${JSON.stringify(match)} on ${pagePath}`);
  const fd = new FormData();
  for (const [k, v] of hiddenOf(form)) fd.append(k, v);
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one);
  return fetch(page.url, { method: "POST", body: fd, headers, redirect: "manual" });
}

/**
 * Submit a page's sign-up form as a browser without JavaScript would: its
 * fields, to its action (the page itself for a server-action form, e.g.
 * /api/preview-signup for the zero-JS pages' plain form), following redirects.
 * Returns the HTML the reader ends on.
 */
export async function submitSignupForm(pagePath: string, email: string, headers: Record<string, string> = {}): Promise<string> {
  const page = await fetch(`${base()}${pagePath}`, { headers });
  const html = await page.text();
  const m = html.match(/<form([^>]*)>([\s\S]*?)<\/form>/);
  if (!m) throw new Error(`no form on ${pagePath}`);
  const action = m[1].match(/\baction="(\/[^"]*)"/)?.[1];
  const fd = new FormData();
  for (const f of m[2].matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) fd.append(f[1], decode(f[2] ?? ""));
  fd.append("email", email);
  const r = await fetch(action ? new URL(decode(action), page.url) : page.url, { method: "POST", body: fd, headers });
  return r.text();
}
