// Issuing sign-in links. Validates and normalises the address, applies the
// limits (lib/auth/sign-in-limits.ts), records the request (its link and
// one-time code, hashed: lib/auth/sign-in-request.ts) and mails both. The
// answer is the same whether or not the address has an account. The link
// opens our "Continue" page (/sign-in/continue), which a GET or HEAD does not
// spend (docs/decisions/0021-sign-in-codes-and-scanners.md).
import { z } from "zod";
import { config } from "../config.ts";
import { magicLinkEmail } from "../email/magic-link-email.ts";
import { MailError, sendMail } from "../email/mailer.ts";
import { logger } from "../log.ts";
import { pendingCookie, type PendingCookie } from "./pending-sign-in.ts";
import { countLinkRequest } from "./sign-in-limits.ts";
import { createSignInRequest } from "./sign-in-request.ts";

const log = logger("magic-link");

export const REFUSALS = ["invalid-email", "network-limited", "address-limited", "mail-failed"] as const;
export type MagicLinkRefusal = (typeof REFUSALS)[number];

/** `pending`: the cookie to set on the asking browser, so the emailed code signs in that browser (lib/auth/pending-sign-in.ts). */
export type MagicLinkResult =
  { ok: true; email: string; pending: PendingCookie } | { ok: false; reason: MagicLinkRefusal; message: string; retryAfterSeconds?: number };

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

export async function requestMagicLink(input: { email: unknown; callbackPath: unknown; ip: string }): Promise<MagicLinkResult> {
  const c = config();
  const email = normaliseEmail(input.email);
  if (!email) return refused("invalid-email");

  const limited = await countLinkRequest(email, input.ip);
  if (limited) {
    log.warn(
      limited.reason === "network-limited" ? "sign-in links limited by IP" : "sign-in links limited by address",
      limited.reason === "network-limited" ? { ip: input.ip } : {},
    );
    return refused(limited.reason, limited.retryAfterSeconds);
  }

  const callbackPath = safeCallbackPath(input.callbackPath);
  const { token, code } = await createSignInRequest({ email, callbackPath, minutes: c.MAGIC_LINK_MINUTES });
  const url = `${c.siteUrl}/sign-in/continue?${new URLSearchParams({ token })}`;
  try {
    await sendMail({ to: email, ...magicLinkEmail({ url, code, email, minutes: c.MAGIC_LINK_MINUTES, siteUrl: c.siteUrl }) });
  } catch (e) {
    log.error("sign-in email could not be sent", { error: e instanceof MailError ? e.message : String(e) });
    return refused("mail-failed");
  }
  log.info("sign-in link sent");
  return { ok: true, email, pending: pendingCookie(email, c.MAGIC_LINK_MINUTES, c.siteUrl.startsWith("https://")) };
}
