// Does this address sign in through its licence's identity provider? The
// sign-in form and the zero-JS preview sign-up ask here first: an address at a
// domain of a licence with single sign-on is sent to /sign-in/sso, which says
// so and goes on to /api/sso/start and the identity provider, instead of
// being mailed a link.
//
// Why a page between: the form's POST may redirect only to this site (CSP
// form-action 'self' covers every redirect of a form submission, and a
// browser refuses to follow one to the IdP). The page starts a new navigation
// (a meta refresh, and a link for the reader), which form-action does not govern.
import { normaliseEmail, safeCallbackPath } from "../auth/magic-link.ts";
import { ssoLicenceForDomain } from "./connections.ts";

/** The page that starts this address's single sign-on, or null when it signs in by email. */
export async function ssoStartFor(emailInput: unknown, returnTo: unknown): Promise<string | null> {
  const email = normaliseEmail(emailInput);
  if (!email) return null;
  const orgId = await ssoLicenceForDomain(email.split("@")[1]);
  if (!orgId) return null;
  return `/sign-in/sso?${new URLSearchParams({ org: orgId, returnTo: safeCallbackPath(returnTo), hint: email })}`;
}
