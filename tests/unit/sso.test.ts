// Single sign-on's pure parts: the sealed client secret and reading IdP metadata.
import { randomBytes } from "node:crypto";
import { generate } from "selfsigned";
import { describe, expect, it } from "vitest";
import { parseIdpMetadata } from "../../lib/sso/saml-metadata.ts";
import { openSecret, sealSecret } from "../../lib/sso/seal.ts";
import { isSsoRefusal, SSO_REFUSALS } from "../../lib/sso/refusals.ts";

describe("the sealed OIDC client secret", () => {
  const key = randomBytes(32).toString("base64url");
  it("opens with the install's secret, and not with another or when tampered with", () => {
    const sealed = sealSecret("s3cret-from-the-idp", key);
    expect(sealed).not.toContain("s3cret");
    expect(openSecret(sealed, key)).toBe("s3cret-from-the-idp");
    expect(openSecret(sealed, randomBytes(32).toString("base64url"))).toBeNull();
    const flipped = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(openSecret(flipped, key)).toBeNull();
    expect(sealSecret("x", key)).not.toBe(sealSecret("x", key));
  });
});

describe("IdP metadata", () => {
  const metadata = async (o: { location?: string; cert?: string; doctype?: boolean; binding?: string } = {}) => {
    const cert = o.cert ?? (await generate([{ name: "commonName", value: "idp" }], { keySize: 2048 })).cert.replace(/-----[^-]+-----|\s/g, "");
    return (
      (o.doctype ? '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' : "") +
      `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example/e"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
      `<KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>${cert}</X509Certificate></X509Data></KeyInfo></KeyDescriptor>` +
      `<SingleSignOnService Binding="${o.binding ?? "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"}" Location="${o.location ?? "https://idp.example/sso"}"/>` +
      `</IDPSSODescriptor></EntityDescriptor>`
    );
  };

  it("reads the entity ID, the redirect address and the signing certificate", async () => {
    const r = parseIdpMetadata(await metadata(), false);
    expect(r.ok && r.metadata.entityId).toBe("https://idp.example/e");
    expect(r.ok && r.metadata.ssoUrl).toBe("https://idp.example/sso");
    expect(r.ok && r.metadata.certificate.length).toBeGreaterThan(500);
  });

  it("refuses what it cannot trust, each with a message", async () => {
    const cases: [string, string][] = [
      [await metadata({ doctype: true }), "DOCTYPE"],
      [await metadata({ location: "http://idp.example/sso" }), "https"],
      [await metadata({ cert: "bm90IGEgY2VydA==" }), "could not be read"],
      [await metadata({ binding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" }), "HTTP-Redirect"],
      ["<html/>", "not SAML metadata"],
      ["", "Paste"],
    ];
    for (const [xml, message] of cases) {
      const r = parseIdpMetadata(xml, false);
      expect(r.ok, message).toBe(false);
      if (!r.ok) expect(r.message).toContain(message);
    }
  });
});

describe("refusal reasons", () => {
  it("only known names are reasons (the page never shows text from the URL)", () => {
    expect(isSsoRefusal("bad-signature")).toBe(true);
    expect(isSsoRefusal("toString")).toBe(false);
    expect(isSsoRefusal("<script>")).toBe(false);
    expect(Object.keys(SSO_REFUSALS).length).toBeGreaterThanOrEqual(10);
  });
});
