// Limits on asking for sign-in links and trying codes, made so that a firm
// behind one office address is never locked out while a stranger spraying
// unknown addresses from one address is still stopped
// (docs/decisions/0021-sign-in-codes-and-scanners.md, README "Signing in").
import { GRANTING_STATUSES } from "../access/index.ts";
import { licenceForAddress } from "../access/ip-ranges.ts";
import { db } from "../db.ts";
import { hitLimit, peekLimit } from "../rate-limit.ts";

const HOUR = 3600;

/** The numbers, in one place (the README and decision 0021 say them too). */
export const SIGN_IN_LIMITS = {
  /** Links asked for one address. */
  perAddressPerHour: 5,
  /** Addresses without an account, outside any licence, asked for from one IP address. */
  newAddressesPerIpPerHour: 100,
  /** Every request from one IP address outside any licence, known accounts included: a ceiling on mail volume. */
  requestsPerIpPerHour: 300,
  /** Wrong one-time codes typed from one IP address. */
  wrongCodesPerIpPerHour: 30,
} as const;

export type LimitRefusal = { reason: "network-limited" | "address-limited"; retryAfterSeconds: number };

/** A domain some live licence lets join (its readers are expected, many at once, from one office). */
async function isLicensedDomain(email: string): Promise<boolean> {
  const domain = email.split("@")[1];
  if (!domain) return false;
  const n = await db().organization.count({
    where: { allowedDomains: { has: domain }, subscriptions: { some: { status: { in: [...GRANTING_STATUSES] } } } },
  });
  return n > 0;
}

/**
 * Count one request for a link and say whether it may go out. The address's
 * own limit always applies. The per-IP limits do not count a request from a
 * licensed office range or for a licensed domain; a known account counts only
 * towards the ceiling; an unknown address counts towards both.
 */
export async function countLinkRequest(email: string, ip: string): Promise<LimitRefusal | null> {
  const byAddress = await hitLimit(`magic-link:email:${email}`, SIGN_IN_LIMITS.perAddressPerHour, HOUR);
  if (!byAddress.allowed) return { reason: "address-limited", retryAfterSeconds: byAddress.retryAfterSeconds };
  if ((await licenceForAddress(ip)) || (await isLicensedDomain(email))) return null;
  const all = await hitLimit(`magic-link:ip:${ip}`, SIGN_IN_LIMITS.requestsPerIpPerHour, HOUR);
  if (!all.allowed) return { reason: "network-limited", retryAfterSeconds: all.retryAfterSeconds };
  const known = (await db().user.count({ where: { email } })) > 0;
  if (known) return null;
  const fresh = await hitLimit(`magic-link:ip-new:${ip}`, SIGN_IN_LIMITS.newAddressesPerIpPerHour, HOUR);
  if (!fresh.allowed) return { reason: "network-limited", retryAfterSeconds: fresh.retryAfterSeconds };
  return null;
}

const wrongCodesKey = (ip: string) => `sign-in-code:wrong:${ip}`;

/** May this address try a code now? (Only wrong codes count, so a whole office typing right ones is never held up.) */
export async function codeTriesLeft(ip: string): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const r = await peekLimit(wrongCodesKey(ip), SIGN_IN_LIMITS.wrongCodesPerIpPerHour, HOUR);
  return { allowed: r.allowed, retryAfterSeconds: r.retryAfterSeconds };
}

export async function countWrongCode(ip: string): Promise<void> {
  await hitLimit(wrongCodesKey(ip), SIGN_IN_LIMITS.wrongCodesPerIpPerHour, HOUR);
}
