import "server-only";
// Signing in an address our own sign-in proved (a spent link, a right code):
// the account is made on first sign-in, as next-auth's adapter did, then the
// database session (lib/auth/start-session.ts) and the sign-in hooks.
import { db } from "../db.ts";
import { SESSION_COOKIES } from "../front/contract.ts";
import { cookieFrom } from "./pending-sign-in.ts";
import type { SignInHooks } from "./options.ts";
import { signedIn } from "./signed-in.ts";
import { startSession, type SessionCookie } from "./start-session.ts";

export async function signInByEmail(email: string, hooks: SignInHooks, how: "link" | "code"): Promise<SessionCookie> {
  const user = await db().user.upsert({ where: { email }, create: { email, emailVerified: new Date() }, update: {}, select: { id: true, email: true } });
  const cookie = await startSession(user.id);
  await signedIn(user, hooks, how);
  return cookie;
}

/** The Set-Cookie header for a session cookie made by startSession(). */
export function sessionCookieHeader(c: SessionCookie): string {
  return `${c.name}=${c.value}; Path=/; Expires=${c.options.expires.toUTCString()}; HttpOnly; SameSite=Lax${c.options.secure ? "; Secure" : ""}`;
}

/**
 * Does this request already carry a live session of the account with this
 * address? (A Continue pressed twice: the first press signed the browser in,
 * so the second goes on to the article instead of "already used".)
 */
export async function alreadySignedInAs(cookieHeader: string | null, email: string): Promise<boolean> {
  for (const name of SESSION_COOKIES) {
    const sessionToken = cookieFrom(cookieHeader, name);
    if (!sessionToken) continue;
    const s = await db().session.findUnique({ where: { sessionToken }, select: { expires: true, user: { select: { email: true } } } });
    if (s && s.expires.getTime() > Date.now() && s.user.email === email) return true;
  }
  return false;
}
