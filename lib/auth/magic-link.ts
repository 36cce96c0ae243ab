// Issuing sign-in links. Validates and normalises the address, applies the
// per-address and per-IP limits, stores the hashed token where next-auth's
// email callback looks for it, and mails the link. The answer is the same
// whether or not the address has an account.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { magicLinkEmail } from "../email/magic-link-email.ts";
import { MailError, sendMail } from "../email/mailer.ts";
import { logger } from "../log.ts";
import { hitLimit } from "../rate-limit.ts";

const log = logger("magic-link");

export const PER_ADDRESS_PER_HOUR = 5;
export const PER_IP_PER_HOUR = 20;

export const REFUSALS = ["invalid-email", "network-limited", "address-limited", "mail-failed"] as const;
export type MagicLinkRefusal = (typeof REFUSALS)[number];

export type MagicLinkResult = { ok: true; email: string } | { ok: false; reason: MagicLinkRefusal; message: string; retryAfterSeconds?: number };

const waitText = (s: number) => (s > 90 ? `${Math.ceil(s / 60)} minutes` : `${s} seconds`);

/**
 * What the reader is told when no link was sent. Also used by /sign-in to
 * show the answer to the zero-JS form (app/api/preview-signup/route.ts),
 * which passes only the reason and the wait, never text, in the URL.
 */
export function refusalMessage(reason: MagicLinkRefusal, retryAfterSeconds = 3600): string {
  switch (reason) {
    case "invalid-email":
      return "Please enter a valid email address, like name@company.com.";
    case "network-limited":
      return `Too many sign-in requests from your network. Please try again in ${waitText(retryAfterSeconds)}.`;
    case "address-limited":
      return `Too many sign-in links were requested for this address. Please try again in ${waitText(retryAfterSeconds)}.`;
    case "mail-failed":
      return "We could not send the email just now. Please try again in a few minutes.";
  }
}

function refused(reason: MagicLinkRefusal, retryAfterSeconds?: number): MagicLinkResult {
  return { ok: false, reason, message: refusalMessage(reason, retryAfterSeconds), ...(retryAfterSeconds ? { retryAfterSeconds } : {}) };
}

const emailSchema = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .transform((s) => s.toLowerCase())
  .pipe(z.email());

export function normaliseEmail(input: unknown): string | null {
  const r = emailSchema.safeParse(input);
  return r.success ? r.data : null;
}

/** Only same-site paths are allowed as the place to return to after sign-in. */
export function safeCallbackPath(input: unknown): string {
  if (typeof input !== "string" || !input.startsWith("/") || input.startsWith("//") || input.includes("\\")) return "/";
  return input.slice(0, 500);
}

// next-auth v4 stores sha256(token + secret); its callback hashes the same way.
export function hashToken(token: string, secret: string) {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export async function requestMagicLink(input: { email: unknown; callbackPath: unknown; ip: string }): Promise<MagicLinkResult> {
  const c = config();
  const email = normaliseEmail(input.email);
  if (!email) return refused("invalid-email");

  const byIp = await hitLimit(`magic-link:ip:${input.ip}`, PER_IP_PER_HOUR, 3600);
  if (!byIp.allowed) {
    log.warn("sign-in links limited by IP", { ip: input.ip });
    return refused("network-limited", byIp.retryAfterSeconds);
  }
  const byAddress = await hitLimit(`magic-link:email:${email}`, PER_ADDRESS_PER_HOUR, 3600);
  if (!byAddress.allowed) {
    log.warn("sign-in links limited by address");
    return refused("address-limited", byAddress.retryAfterSeconds);
  }

  const token = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + c.MAGIC_LINK_MINUTES * 60_000);
  await db().verificationToken.create({ data: { identifier: email, token: hashToken(token, c.authSecret), expires } });
  const callbackUrl = `${c.siteUrl}${safeCallbackPath(input.callbackPath)}`;
  const url = `${c.siteUrl}/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token, email })}`;
  try {
    await sendMail({ to: email, ...magicLinkEmail({ url, minutes: c.MAGIC_LINK_MINUTES, siteUrl: c.siteUrl }) });
  } catch (e) {
    log.error("sign-in email could not be sent", { error: e instanceof MailError ? e.message : String(e) });
    return refused("mail-failed");
  }
  log.info("sign-in link sent");
  return { ok: true, email };
}
