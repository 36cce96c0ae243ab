// SAML 2.0 sign-in as a service provider, through @node-saml/node-saml: an
// AuthnRequest by HTTP-Redirect, the answer by HTTP-POST to the assertion
// consumer service. node-saml checks the signature (against the certificate
// from the licence's IdP metadata), the audience, NotBefore/NotOnOrAfter and
// InResponseTo (through a cache kept in the database, so any instance can
// take the answer); assertion IDs are kept until they expire, so an
// assertion is used once.
import { SAML, ValidateInResponseTo, type CacheProvider, type Profile } from "@node-saml/node-saml";
import { DOMParser } from "@xmldom/xmldom";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import type { SamlConnection } from "./connections.ts";
import type { IdpIdentity } from "./oidc.ts";
import { SsoRefused } from "./refusals.ts";
import { consumeRequest, findRequest, recordRequest, REQUEST_TTL_MS } from "./requests.ts";

const log = logger("sso");

/** This site as a SAML service provider: one entity ID and one ACS for every licence. */
export const spEntityId = () => `${config().siteUrl}/sso/saml`;
export const acsUrl = () => `${config().siteUrl}/api/sso/saml/acs`;

const CLOCK_SKEW_MS = 60_000;

function cacheFor(organizationId: string, returnTo: string): CacheProvider {
  return {
    async saveAsync(key, value) {
      await recordRequest({ id: key, organizationId, protocol: "SAML", returnTo });
      return { value, createdAt: Date.now() };
    },
    async getAsync(key) {
      const r = await findRequest(key);
      return r && r.protocol === "SAML" && r.organizationId === organizationId && !r.consumedAt ? r.createdAt.toISOString() : null;
    },
    async removeAsync(key) {
      if (key) await consumeRequest(key, "SAML");
      return key;
    },
  };
}

function serviceProvider(c: SamlConnection, returnTo = "/"): SAML {
  return new SAML({
    entryPoint: c.ssoUrl,
    issuer: spEntityId(),
    callbackUrl: acsUrl(),
    audience: spEntityId(),
    idpCert: c.certificate,
    idpIssuer: c.entityId,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_TTL_MS,
    cacheProvider: cacheFor(c.organizationId, returnTo),
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    identifierFormat: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    disableRequestedAuthnContext: true,
    signatureAlgorithm: "sha256",
  });
}

export async function startSaml(c: SamlConnection, returnTo: string): Promise<string> {
  return serviceProvider(c, returnTo).getAuthorizeUrlAsync("", undefined, {});
}

/** InResponseTo as the (not yet verified) response states it: only to find which licence's certificate checks it. */
function claimedInResponseTo(samlResponse: string): string | null {
  try {
    const xml = Buffer.from(samlResponse, "base64").toString("utf8");
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return null;
    const doc = new DOMParser({ errorHandler: { error: () => {}, fatalError: () => {}, warning: () => {} } }).parseFromString(xml, "text/xml");
    return doc?.documentElement?.getAttribute("InResponseTo") || null;
  } catch {
    return null;
  }
}

function classify(e: unknown): SsoRefused {
  if (e instanceof SsoRefused) return e;
  const err = e as Error;
  const m = err.message ?? "";
  if (err.name === "SamlStatusError" || /SAML provider returned/.test(m)) return new SsoRefused("idp-refused", m);
  if (/signature|Cannot obtain assertion/i.test(m)) return new SsoRefused("bad-signature", m);
  if (/audience/i.test(m)) return new SsoRefused("wrong-audience", m);
  if (/expired|not yet valid|No valid subject confirmation/i.test(m)) return new SsoRefused("expired", m);
  if (/InResponseTo/i.test(m)) return new SsoRefused("state-mismatch", m);
  if (/Unknown SAML issuer|issuer/i.test(m)) return new SsoRefused("bad-signature", m);
  return new SsoRefused("idp-refused", m);
}

type AssertionXml = { Assertion?: { $?: { ID?: string }; Conditions?: { $?: { NotOnOrAfter?: string } }[] } };

/** Record the assertion as used; false when it already was (a replay). */
async function useAssertionOnce(issuer: string, id: string, notOnOrAfter: string | undefined): Promise<boolean> {
  const now = Date.now();
  await db().ssoUsedAssertion.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  const until = notOnOrAfter ? Date.parse(notOnOrAfter) + CLOCK_SKEW_MS : now + REQUEST_TTL_MS;
  try {
    await db().ssoUsedAssertion.create({ data: { id: `${issuer}\n${id}`, expiresAt: new Date(Math.max(until, now + CLOCK_SKEW_MS)) } });
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") return false;
    throw e;
  }
}

export async function finishSaml(samlResponse: unknown, connectionOf: (orgId: string) => Promise<SamlConnection | null>): Promise<IdpIdentity> {
  if (typeof samlResponse !== "string" || !samlResponse || samlResponse.length > 500_000) throw new SsoRefused("idp-refused", "no SAMLResponse");
  const requestId = claimedInResponseTo(samlResponse);
  // An answer to no request of ours (or an unsolicited, IdP-initiated one) is refused: nothing ties it to this browser.
  const request = requestId ? await findRequest(requestId) : null;
  if (!request || request.protocol !== "SAML") throw new SsoRefused("state-mismatch");
  if (request.consumedAt) throw new SsoRefused("replayed");
  const c = await connectionOf(request.organizationId);
  if (!c) throw new SsoRefused("not-configured");
  let profile: Profile | null;
  try {
    ({ profile } = await serviceProvider(c, request.returnTo).validatePostResponseAsync({ SAMLResponse: samlResponse }));
  } catch (e) {
    const r = classify(e);
    log.warn("SAML sign-in refused", { organizationId: c.organizationId, reason: r.reason, error: r.message });
    throw r;
  }
  if (!profile) throw new SsoRefused("idp-refused", "no profile");
  const assertion = profile.getAssertion?.() as AssertionXml | undefined;
  const assertionId = assertion?.Assertion?.$?.ID;
  if (!assertionId) throw new SsoRefused("bad-signature", "assertion without ID");
  if (!(await useAssertionOnce(c.entityId, assertionId, assertion?.Assertion?.Conditions?.[0]?.$?.NotOnOrAfter))) {
    log.warn("SAML assertion replayed", { organizationId: c.organizationId });
    throw new SsoRefused("replayed");
  }
  const email =
    (typeof profile.email === "string" && profile.email) ||
    (profile.nameIDFormat === "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" ? profile.nameID : undefined);
  if (!email) throw new SsoRefused("email-unverified", "no email in the assertion");
  // A SAML IdP's signed assertion is its word for the address; there is no separate "verified" flag.
  return { organizationId: c.organizationId, email, emailVerified: true, subject: profile.nameID, returnTo: request.returnTo };
}
