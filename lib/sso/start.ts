// Starting a single sign-on for a licence: where to send the browser, and
// (for OIDC) the state cookie to set on the way.
import { safeCallbackPath, normaliseEmail } from "../auth/magic-link.ts";
import { connectionOf, isLicenceId } from "./connections.ts";
import { startOidc } from "./oidc.ts";
import { SsoRefused } from "./refusals.ts";
import { startSaml } from "./saml.ts";

export async function startSsoFor(orgId: unknown, returnToInput: unknown, hintInput: unknown): Promise<{ url: string; state?: string }> {
  if (!isLicenceId(orgId)) throw new SsoRefused("not-configured");
  const c = await connectionOf(orgId);
  if (!c) throw new SsoRefused("not-configured");
  const returnTo = safeCallbackPath(returnToInput);
  if (c.protocol === "OIDC") return startOidc(c, returnTo, normaliseEmail(hintInput));
  return { url: await startSaml(c, returnTo) };
}
