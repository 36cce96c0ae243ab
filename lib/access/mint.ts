// Minting access passes (pass.ts) for signed-in readers. Called by proxy.ts
// on article requests that carry a session cookie but no valid pass: one
// database lookup per reader every PASS_SECONDS at most.
import { config } from "../config.ts";
import { db } from "../db.ts";
import { mintPass, PASS_COOKIE, PASS_SECONDS, verifyPass, type PassLevel } from "./pass.ts";
import { accessPolicy } from "./policy.ts";
import { passLevel } from "./rules.ts";
import { siteKey } from "./site-key.ts";
import { viewerForSessionToken } from "./viewers.ts";

export { SESSION_COOKIES } from "../front/contract.ts";

/** Does the request already hold a pass that is good for this session? */
export function hasValidPass(pass: string | undefined, sessionToken: string, now = new Date()): PassLevel | null {
  return verifyPass(siteKey(), pass, sessionToken, now);
}

export type MintedPass = { name: typeof PASS_COOKIE; value: string; maxAge: number; level: PassLevel; secure: boolean };

/** A new pass for the session, or null when the session is unknown or ended (then no pass, and the front asks the app). */
export async function mintPassForSession(sessionToken: string, now = new Date()): Promise<MintedPass | null> {
  const found = await viewerForSessionToken(sessionToken, now);
  if (!found) return null;
  const until = new Date(Math.min(now.getTime() + PASS_SECONDS * 1000, found.sessionExpires.getTime()));
  const level = passLevel(found.viewer, now, until, accessPolicy());
  const maxAge = Math.max(1, Math.floor((until.getTime() - now.getTime()) / 1000));
  const value = mintPass(siteKey(), level, until, sessionToken);
  // A reader's full pass is how the front's read log names them (lib/usage/front-log.ts): remember whose it is.
  if (level === "full" && found.viewer.userId && found.viewer.role === "READER") await rememberPass(value, found.viewer.userId, until);
  return { name: PASS_COOKIE, value, maxAge, level, secure: config().siteUrl.startsWith("https:") };
}

/** The pass's signature names its reader in the front's read log; kept a day past the pass's expiry. */
async function rememberPass(pass: string, userId: string, until: Date) {
  try {
    await db().passIssued.create({ data: { signature: pass.split(".")[2], userId, expiresAt: new Date(until.getTime() + 86_400_000) } });
  } catch {
    // The same pass twice (a retried request) is already remembered; a failure here costs one reader's count, never the page.
  }
}
