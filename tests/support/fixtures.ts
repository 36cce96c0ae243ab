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

export function magicLinkFrom(mail: Mail): string {
  const m = mail.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/);
  if (!m) throw new Error(`no sign-in link in mail: ${mail.text}`);
  return m[0];
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
export async function submitForm(pagePath: string, match: Record<string, string>, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const page = await fetch(`${base()}${pagePath}`, { headers });
  const html = await page.text();
  const forms = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]);
  const hiddenOf = (f: string) =>
    [...f.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map((m) => [m[1], decode(m[2] ?? "")] as const);
  const form = forms.find((f) => Object.entries(match).every(([k, v]) => hiddenOf(f).some(([hk, hv]) => hk === k && hv === v)));
  if (!form) throw new Error(`no form matching ${JSON.stringify(match)} on ${pagePath}`);
  const fd = new FormData();
  for (const [k, v] of hiddenOf(form)) fd.append(k, v);
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
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
