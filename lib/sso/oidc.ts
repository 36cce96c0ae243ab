// OpenID Connect sign-in through openid-client (panva): the authorization
// code flow with PKCE (S256), state and nonce. The state is also kept in a
// cookie of the browser that started the sign-in, so an answer carried to
// another browser (login CSRF) is refused.
import * as oidc from "openid-client";
import { config } from "../config.ts";
import { logger } from "../log.ts";
import type { OidcConnection } from "./connections.ts";
import { insecureAllowed } from "./connections.ts";
import { SsoRefused } from "./refusals.ts";
import { consumeRequest, findRequest, recordRequest } from "./requests.ts";

const log = logger("sso");

export const STATE_COOKIE = "tld-sso-state";
export const callbackUrl = () => `${config().siteUrl}/api/sso/oidc/callback`;

const DISCOVERY_TTL_MS = 10 * 60_000;
const discovered = new Map<string, { at: number; conf: oidc.Configuration }>();

async function configurationFor(c: OidcConnection): Promise<oidc.Configuration> {
  const key = `${c.issuer}\n${c.clientId}\n${c.clientSecret}`;
  const hit = discovered.get(key);
  if (hit && Date.now() - hit.at < DISCOVERY_TTL_MS) return hit.conf;
  const issuer = new URL(c.issuer);
  const insecure = insecureAllowed(issuer, !config().isPublicDeployment);
  try {
    const conf = await oidc.discovery(issuer, c.clientId, undefined, oidc.ClientSecretBasic(c.clientSecret), {
      timeout: 5,
      execute: insecure ? [oidc.allowInsecureRequests] : [],
    });
    discovered.set(key, { at: Date.now(), conf });
    return conf;
  } catch (e) {
    log.warn("identity provider unreachable", { organizationId: c.organizationId, error: (e as Error).message });
    throw new SsoRefused("idp-unreachable");
  }
}

/** Where to send the browser, and the state to keep in its cookie. */
export async function startOidc(c: OidcConnection, returnTo: string, loginHint: string | null): Promise<{ url: string; state: string }> {
  const conf = await configurationFor(c);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await recordRequest({ id: state, organizationId: c.organizationId, protocol: "OIDC", returnTo, nonce, codeVerifier });
  const params: Record<string, string> = {
    redirect_uri: callbackUrl(),
    scope: "openid email",
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  };
  if (loginHint) params.login_hint = loginHint;
  return { url: oidc.buildAuthorizationUrl(conf, params).href, state };
}

export type IdpIdentity = { organizationId: string; email: string; emailVerified: boolean | undefined; subject: string; returnTo: string };

function classify(e: unknown): SsoRefused {
  if (e instanceof SsoRefused) return e;
  const err = e as Error & { code?: string; cause?: unknown };
  const text = `${err.message} ${(err.cause as Error | undefined)?.message ?? ""}`;
  if (/"nonce"|state/i.test(text)) return new SsoRefused("state-mismatch", text);
  if (err instanceof oidc.AuthorizationResponseError || err instanceof oidc.ResponseBodyError) return new SsoRefused("idp-refused", text);
  if (/fetch failed|ECONNREFUSED|timeout|aborted/i.test(text)) return new SsoRefused("idp-unreachable", text);
  return new SsoRefused("idp-refused", text);
}

/**
 * The identity provider's answer: checks the state against the browser's
 * cookie and the stored request (used once), exchanges the code with the
 * PKCE verifier, and checks the ID token (signature, issuer, audience, expiry,
 * nonce) through openid-client.
 */
export async function finishOidc(
  query: URLSearchParams,
  cookieState: string | undefined,
  connectionOf: (orgId: string) => Promise<OidcConnection | null>,
): Promise<IdpIdentity> {
  const state = query.get("state");
  if (!state || !cookieState || state !== cookieState) throw new SsoRefused("state-mismatch");
  const request = await findRequest(state);
  if (!request || request.protocol !== "OIDC") throw new SsoRefused("state-mismatch");
  if (request.consumedAt) throw new SsoRefused("replayed");
  if (!(await consumeRequest(state, "OIDC"))) throw new SsoRefused("expired");
  if (query.get("error")) throw new SsoRefused("idp-refused", query.get("error") ?? undefined);
  const c = await connectionOf(request.organizationId);
  if (!c) throw new SsoRefused("not-configured");
  const conf = await configurationFor(c);
  try {
    const tokens = await oidc.authorizationCodeGrant(conf, new URL(`${callbackUrl()}?${query}`), {
      pkceCodeVerifier: request.codeVerifier ?? "",
      expectedState: state,
      expectedNonce: request.nonce ?? "",
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new SsoRefused("idp-refused", "no ID token");
    let email = typeof claims.email === "string" ? claims.email : undefined;
    let verified = typeof claims.email_verified === "boolean" ? claims.email_verified : undefined;
    if (!email) {
      const info = await oidc.fetchUserInfo(conf, tokens.access_token, claims.sub);
      email = typeof info.email === "string" ? info.email : undefined;
      verified = typeof info.email_verified === "boolean" ? info.email_verified : verified;
    }
    if (!email) throw new SsoRefused("email-unverified", "no email claim");
    return { organizationId: c.organizationId, email, emailVerified: verified, subject: claims.sub, returnTo: request.returnTo };
  } catch (e) {
    const r = classify(e);
    log.warn("OIDC sign-in refused", { organizationId: c.organizationId, reason: r.reason, error: r.message });
    throw r;
  }
}
