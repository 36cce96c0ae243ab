// Starting a single sign-on for a licence: where to send the browser, and
// (for OIDC) the state cookie to set on the way.
import { safeCallbackPath, normaliseEmail } from "../auth/magic-link.ts";
import { hitLimit } from "../rate-limit.ts";
import { connectionOf, isLicenceId } from "./connections.ts";
import { startOidc } from "./oidc.ts";
import { SsoRefused } from "./refusals.ts";
import { startSaml } from "./saml.ts";

/**
 * Starts per client address per ten minutes: each start stores a pending
 * request, so the table's growth is bounded. Far above a firm's morning rush
 * behind one address (60 colleagues in ten minutes must all get in).
 */
export const STARTS_PER_IP = 300;

export async function startSsoFor(orgId: unknown, returnToInput: unknown, hintInput: unknown, ip: string): Promise<{ url: string; state?: string }> {
  if (!isLicenceId(orgId)) throw new SsoRefused("not-configured");
  if (!(await hitLimit(`sso-start:ip:${ip}`, STARTS_PER_IP, 600)).allowed) throw new SsoRefused("too-many");
  const c = await connectionOf(orgId);
  if (!c) throw new SsoRefused("not-configured");
  const returnTo = safeCallbackPath(returnToInput);
  if (c.protocol === "OIDC") return startOidc(c, returnTo, normaliseEmail(hintInput));
  return { url: await startSaml(c, returnTo) };
}
