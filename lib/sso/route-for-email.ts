// Does this address sign in through its licence's identity provider? The
// sign-in form and the zero-JS preview sign-up ask here first: an address at a
// domain of a licence with single sign-on is sent to /api/sso/start, which
// sends the browser to the identity provider, instead of being mailed a link.
import { normaliseEmail, safeCallbackPath } from "../auth/magic-link.ts";
import { ssoLicenceForDomain } from "./connections.ts";

/** The path that starts this address's single sign-on, or null when it signs in by email. */
export async function ssoStartFor(emailInput: unknown, returnTo: unknown): Promise<string | null> {
  const email = normaliseEmail(emailInput);
  if (!email) return null;
  const orgId = await ssoLicenceForDomain(email.split("@")[1]);
  if (!orgId) return null;
  return `/api/sso/start?${new URLSearchParams({ org: orgId, returnTo: safeCallbackPath(returnTo), hint: email })}`;
}
