// Local identity providers for the single sign-on tests, started in the test
// process on free loopback ports (next start reaches them there):
// - OpenID Connect: panva's certified `oidc-provider`, with one test client
//   and accounts whose email the test chooses (`loginAs`). Its login step is
//   answered at once for that account (what a reader typing a password does).
// - SAML 2.0: an IdP answering the SP's HTTP-Redirect AuthnRequest with an
//   auto-posting form, its assertion signed by xml-crypto with an RSA key and
//   self-signed certificate made at test time. `mode` makes it misbehave the
//   ways the service provider must refuse.
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inflateRawSync } from "node:zlib";
import Provider from "oidc-provider";
import { generate } from "selfsigned";
import { SignedXml } from "xml-crypto";

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

export type OidcIdp = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  loginAs: (email: string, o?: { verified?: boolean }) => void;
  stop: () => Promise<void>;
};

export async function startOidcIdp(redirectUri: string): Promise<OidcIdp> {
  const server = createServer();
  const port = await listen(server);
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = `tld-${randomBytes(4).toString("hex")}`;
  const clientSecret = randomBytes(24).toString("base64url");
  let current = "";
  let verified = true;
  const jwk = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const provider = new Provider(issuer, {
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"] },
    ],
    jwks: { keys: [{ ...jwk, kid: "test", use: "sig", alg: "RS256" }] as never },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, email: sub, email_verified: verified }) }),
    // The reader has consented to share their email with the licence's site.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope("openid email");
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith("/interaction/")) {
      // The login form, answered at once for the test's account.
      provider.interactionFinished(req, res, { login: { accountId: current } }, { mergeWithLastSubmission: false }).catch((e: Error) => {
        res.statusCode = 500;
        res.end(e.message);
      });
      return;
    }
    callback(req, res);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    loginAs: (email, o = {}) => {
      current = email;
      verified = o.verified ?? true;
    },
    stop: () => close(server),
  };
}

export type SamlMode = "ok" | "bad-signature" | "wrong-audience" | "expired";
export type SamlIdp = {
  entityId: string;
  ssoUrl: string;
  metadata: string;
  set: (o: { email: string; mode?: SamlMode }) => void;
  stop: () => Promise<void>;
};

const pemBody = (pem: string) => pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
const iso = (ms: number) => new Date(ms).toISOString();

export async function startSamlIdp(): Promise<SamlIdp> {
  const attrs = [{ name: "commonName", value: "idp.test" }];
  const good = await generate(attrs, { keySize: 2048, algorithm: "sha256" });
  const rogue = await generate(attrs, { keySize: 2048, algorithm: "sha256" });
  const server = createServer();
  const port = await listen(server);
  const base = `http://127.0.0.1:${port}`;
  const entityId = `${base}/metadata`;
  const ssoUrl = `${base}/sso`;
  let email = "";
  let mode: SamlMode = "ok";

  function response(request: { id: string; acs: string; audience: string }): string {
    const now = Date.now();
    const responseId = `_${randomUUID()}`;
    const assertionId = `_${randomUUID()}`;
    const notOnOrAfter = mode === "expired" ? iso(now - 10 * 60_000) : iso(now + 5 * 60_000);
    const issued = mode === "expired" ? iso(now - 15 * 60_000) : iso(now);
    const audience = mode === "wrong-audience" ? "https://some-other-service.example/sp" : request.audience;
    const xml =
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${responseId}" Version="2.0" IssueInstant="${issued}" Destination="${request.acs}" InResponseTo="${request.id}">` +
      `<saml:Issuer>${entityId}</saml:Issuer>` +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      `<saml:Assertion ID="${assertionId}" Version="2.0" IssueInstant="${issued}">` +
      `<saml:Issuer>${entityId}</saml:Issuer>` +
      `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${email}</saml:NameID>` +
      `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="${request.acs}" InResponseTo="${request.id}"/></saml:SubjectConfirmation></saml:Subject>` +
      `<saml:Conditions NotBefore="${issued}" NotOnOrAfter="${notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>${audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
      `<saml:AuthnStatement AuthnInstant="${issued}" SessionIndex="${assertionId}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
      `<saml:AttributeStatement><saml:Attribute Name="email"><saml:AttributeValue>${email}</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>` +
      `</saml:Assertion></samlp:Response>`;
    // A bad signature: signed, but by a key the service provider was never given.
    const keys = mode === "bad-signature" ? rogue : good;
    const sig = new SignedXml({
      privateKey: keys.private,
      publicCert: keys.cert,
      signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
      canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
    });
    sig.addReference({
      xpath: "//*[local-name(.)='Assertion']",
      digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
      transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
    });
    sig.computeSignature(xml, { location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: "after" } });
    return Buffer.from(sig.getSignedXml()).toString("base64");
  }

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", base);
    if (url.pathname !== "/sso") {
      res.statusCode = 404;
      res.end();
      return;
    }
    const request = inflateRawSync(Buffer.from(url.searchParams.get("SAMLRequest") ?? "", "base64")).toString("utf8");
    const id = request.match(/\sID="([^"]+)"/)?.[1] ?? "";
    const acs = request.match(/AssertionConsumerServiceURL="([^"]+)"/)?.[1] ?? "";
    const audience = request.match(/<saml:Issuer[^>]*>([^<]+)</)?.[1] ?? "";
    const relay = url.searchParams.get("RelayState") ?? "";
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(
      `<!doctype html><html><body onload="document.forms[0].submit()"><form method="post" action="${acs}">` +
        `<input type="hidden" name="SAMLResponse" value="${response({ id, acs, audience })}"/>` +
        `<input type="hidden" name="RelayState" value="${relay}"/><noscript><button>Continue</button></noscript></form></body></html>`,
    );
  });

  const metadata =
    `<?xml version="1.0"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${entityId}">` +
    `<md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${pemBody(good.cert)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    `<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>` +
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${ssoUrl}"/>` +
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${ssoUrl}"/>` +
    `</md:IDPSSODescriptor></md:EntityDescriptor>`;

  return {
    entityId,
    ssoUrl,
    metadata,
    set: (o) => {
      email = o.email;
      mode = o.mode ?? "ok";
    },
    stop: () => close(server),
  };
}
