// Signed links for email actions that must work without a session
// (one-click unsubscribe, RFC 8058). HMAC of the user id with the app secret.
import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "../config.ts";

function sign(purpose: string, userId: string): string {
  return createHmac("sha256", config().authSecret).update(`${purpose}:${userId}`).digest("base64url");
}

export function unsubscribeUrl(userId: string): string {
  return `${config().siteUrl}/email/unsubscribe?${new URLSearchParams({ u: userId, t: sign("unsubscribe", userId) })}`;
}

export function verifyUnsubscribe(userId: unknown, token: unknown): userId is string {
  if (typeof userId !== "string" || typeof token !== "string" || userId.length > 64 || token.length > 100) return false;
  const want = Buffer.from(sign("unsubscribe", userId));
  const got = Buffer.from(token);
  return want.length === got.length && timingSafeEqual(want, got);
}
