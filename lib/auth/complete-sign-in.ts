import "server-only";
// Signing in an address our own sign-in proved (a spent link, a right code):
// the account is made on first sign-in, as next-auth's adapter did, then the
// database session (lib/auth/start-session.ts) and the sign-in hooks.
import { db } from "../db.ts";
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
