import "server-only";
// Starting a signed-in session without next-auth's email callback: for the
// one-time code, the "Continue" page of a sign-in link and single sign-on.
// The session is the same database session next-auth creates (same table,
// same cookie), so every other part of the site reads it unchanged.
import { randomBytes } from "node:crypto";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { SESSION_COOKIES } from "../front/contract.ts";
import { startFreePreview } from "../access/preview.ts";
import { SESSION_MAX_AGE_SECONDS } from "./options.ts";

export type SessionCookie = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; expires: Date };
};

/** Create a database session for the user; the caller sets the returned cookie on its response. Starts the free preview on a first sign-in, as next-auth's events do. */
export async function startSession(userId: string): Promise<SessionCookie> {
  const secure = config().siteUrl.startsWith("https://");
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await db().session.create({ data: { sessionToken, userId, expires } });
  await startFreePreview(userId);
  await db()
    .user.update({ where: { id: userId }, data: { emailVerified: new Date() } })
    .catch(() => {});
  return {
    name: secure ? SESSION_COOKIES[0] : SESSION_COOKIES[1],
    value: sessionToken,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure, expires },
  };
}
