// One-click unsubscribe from an alert without signing in. The link carries
// the alert ID and an HMAC of it under the site secret, so it works forever
// for that one alert and cannot be forged for another. It only ever stops an
// alert; it never shows or changes anything else of the account.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { config } from "../config.ts";
import { db } from "../db.ts";

const PURPOSE = "tld-search-alert-unsubscribe:";

function signature(alertId: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(PURPOSE + alertId)
    .digest("base64url");
}

export function unsubscribeToken(alertId: string, secret = config().authSecret): string {
  return `${alertId}.${signature(alertId, secret)}`;
}

export const tokenSchema = z
  .string()
  .trim()
  .min(10)
  .max(200)
  .regex(/^[A-Za-z0-9-]+\.[A-Za-z0-9_-]+$/);

/** The alert ID a token stands for, or null when it is malformed or forged. */
export function verifyUnsubscribeToken(token: unknown, secret = config().authSecret): string | null {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const [alertId, sig] = parsed.data.split(".");
  const expected = Buffer.from(signature(alertId, secret));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? alertId : null;
}

export function unsubscribeUrls(alertId: string) {
  const token = encodeURIComponent(unsubscribeToken(alertId));
  const site = config().siteUrl;
  // The page asks for a click (link scanners follow GET links); the
  // List-Unsubscribe header gets the RFC 8058 one-click POST endpoint.
  return { page: `${site}/alerts/stop?token=${token}`, oneClick: `${site}/alerts/unsubscribe?token=${token}` };
}

/** The alert a valid token names, for the confirmation page. */
export async function alertForToken(token: unknown): Promise<{ name: string; active: boolean } | null> {
  const id = verifyUnsubscribeToken(token);
  if (!id) return null;
  const rows = await db().$queryRaw<{ name: string; active: boolean }[]>`select "name", "active" from "SearchAlert" where "id" = ${id}::text`;
  return rows[0] ?? null;
}

/** Stop the alert a valid token names; its unsent hits are dropped. Idempotent. */
export async function stopAlertByToken(token: unknown): Promise<{ ok: true; name: string } | { ok: false }> {
  const id = verifyUnsubscribeToken(token);
  if (!id) return { ok: false };
  const rows = await db().$queryRaw<{ name: string }[]>`update "SearchAlert" set "active" = false where "id" = ${id}::text returning "name"`;
  if (!rows.length) return { ok: false };
  await db()
    .$executeRaw`update "SearchAlertHit" set "status" = 'SKIPPED', "lastError" = 'alert stopped' where "alertId" = ${id}::text and "status" = 'PENDING'`;
  return { ok: true, name: rows[0].name };
}
