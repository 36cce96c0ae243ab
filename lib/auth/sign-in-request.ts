// Sign-in requests: the emailed link and one-time code, kept only as keyed
// hashes (lib/auth/sign-in-keys.ts). Looking at a link spends nothing (a
// mail scanner's GET or HEAD, the "Continue" page); only its POST spends it.
// A code is tried against the requests of the address the browser asked for
// (lib/auth/pending-sign-in.ts) and dies after CODE_TRIES tries.
// docs/decisions/0021-sign-in-codes-and-scanners.md
import { randomBytes, randomInt } from "node:crypto";
import { db } from "../db.ts";
import { keyedHash, sameDigest } from "./sign-in-keys.ts";

/** Tries a code gets; the next one is refused even if it is right. */
export const CODE_TRIES = 5;

const DAY = 86_400_000;

const linkHashOf = (token: string) => keyedHash("tld-sign-in-link-v1", token);
// The link's hash salts the code's, so equal codes of two requests differ at rest.
const codeHashOf = (linkHash: string, code: string) => keyedHash("tld-sign-in-code-v1", `${linkHash}:${code}`);

/** A new request for a (normalised) address: the link token and the code to mail. */
export async function createSignInRequest(input: { email: string; callbackPath: string; minutes: number }): Promise<{ token: string; code: string }> {
  const token = randomBytes(32).toString("base64url");
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const linkHash = linkHashOf(token);
  const now = Date.now();
  // Housekeeping: this address's requests that ended a day ago are of no further use.
  await db().signInRequest.deleteMany({ where: { email: input.email, expires: { lt: new Date(now - DAY) } } });
  await db().signInRequest.create({
    data: {
      email: input.email,
      linkHash,
      codeHash: codeHashOf(linkHash, code),
      callbackPath: input.callbackPath,
      expires: new Date(now + input.minutes * 60_000),
    },
  });
  return { token, code };
}

export type LinkState =
  { state: "ready"; email: string; callbackPath: string } | { state: "used" | "expired"; email: string; callbackPath: string } | { state: "unknown" };

const tokenShape = (token: unknown): token is string => typeof token === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(token);

/** What a link is, without spending it (the GET/HEAD of the Continue page). */
export async function inspectLink(token: unknown): Promise<LinkState> {
  if (!tokenShape(token)) return { state: "unknown" };
  const row = await db().signInRequest.findUnique({
    where: { linkHash: linkHashOf(token) },
    select: { email: true, callbackPath: true, usedAt: true, expires: true },
  });
  if (!row) return { state: "unknown" };
  const state = row.usedAt ? "used" : row.expires.getTime() <= Date.now() ? "expired" : "ready";
  return { state, email: row.email, callbackPath: row.callbackPath };
}

/** Spend a link (the Continue POST): once, before it expires. */
export async function spendLink(token: unknown): Promise<{ ok: true; email: string; callbackPath: string } | { ok: false }> {
  if (!tokenShape(token)) return { ok: false };
  const linkHash = linkHashOf(token);
  const now = new Date();
  const spent = await db().signInRequest.updateMany({ where: { linkHash, usedAt: null, expires: { gt: now } }, data: { usedAt: now } });
  if (spent.count !== 1) return { ok: false };
  const row = await db().signInRequest.findUniqueOrThrow({ where: { linkHash }, select: { email: true, callbackPath: true } });
  return { ok: true, ...row };
}

export type CodeResult =
  { ok: true; email: string; callbackPath: string } | { ok: false; reason: "wrong"; triesLeft: number } | { ok: false; reason: "too-many" | "expired" };

/**
 * Try a 6-digit code against the address's live requests. Each try is taken
 * from every live request before the comparison (an atomic conditional
 * increment), so parallel guesses cannot exceed CODE_TRIES either.
 */
export async function tryCode(email: string, code: string): Promise<CodeResult> {
  const now = new Date();
  const live = await db().signInRequest.findMany({
    where: { email, usedAt: null, expires: { gt: now } },
    select: { id: true, linkHash: true, codeHash: true, callbackPath: true, codeAttempts: true },
  });
  const reserved: typeof live = [];
  for (const r of live) {
    const took = await db().signInRequest.updateMany({
      where: { id: r.id, usedAt: null, codeAttempts: { lt: CODE_TRIES } },
      data: { codeAttempts: { increment: 1 } },
    });
    if (took.count === 1) reserved.push({ ...r, codeAttempts: r.codeAttempts + 1 });
  }
  if (!reserved.length) return { ok: false, reason: live.length ? "too-many" : "expired" };
  let match: (typeof live)[number] | null = null;
  // Every reserved request is compared, matched or not, in constant time each.
  for (const r of reserved) if (sameDigest(codeHashOf(r.linkHash, code), r.codeHash) && !match) match = r;
  if (match) {
    const spent = await db().signInRequest.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: new Date() } });
    if (spent.count !== 1) return { ok: false, reason: "expired" };
    return { ok: true, email, callbackPath: match.callbackPath };
  }
  const triesLeft = CODE_TRIES - Math.min(...reserved.map((r) => r.codeAttempts));
  return triesLeft > 0 ? { ok: false, reason: "wrong", triesLeft } : { ok: false, reason: "too-many" };
}
