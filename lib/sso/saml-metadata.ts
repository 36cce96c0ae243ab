// Reading an identity provider's SAML 2.0 metadata: its entity ID, the
// HTTP-Redirect single sign-on address, and its signing certificate.
import { X509Certificate } from "node:crypto";
import { DOMParser } from "@xmldom/xmldom";

const MD = "urn:oasis:names:tc:SAML:2.0:metadata";
const DS = "http://www.w3.org/2000/09/xmldsig#";
const REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

export type IdpMetadata = { entityId: string; ssoUrl: string; certificate: string };
export type MetadataResult = { ok: true; metadata: IdpMetadata } | { ok: false; message: string };

const refuse = (message: string): MetadataResult => ({ ok: false, message });

/** The certificate as one base64 line, checked to be an X.509 certificate. */
export function certificateBody(text: string): string | null {
  const body = text.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+=*$/.test(body)) return null;
  try {
    new X509Certificate(Buffer.from(body, "base64"));
    return body;
  } catch {
    return null;
  }
}

export function parseIdpMetadata(xml: unknown, allowHttp: boolean): MetadataResult {
  if (typeof xml !== "string" || !xml.trim()) return refuse("Paste the identity provider's metadata XML.");
  if (xml.length > 200_000) return refuse("That metadata is too long (over 200 kB).");
  // No document type declarations: nothing in metadata needs one, and entities are an attack surface.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return refuse("Metadata with a DOCTYPE is not accepted.");
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) } }).parseFromString(
    xml,
    "text/xml",
  );
  const entity = doc?.getElementsByTagNameNS(MD, "EntityDescriptor")[0];
  if (errors.length || !entity) return refuse("That is not SAML metadata: no EntityDescriptor was found.");
  const entityId = entity.getAttribute("entityID")?.trim();
  if (!entityId) return refuse("The metadata names no entityID.");
  const idp = entity.getElementsByTagNameNS(MD, "IDPSSODescriptor")[0];
  if (!idp) return refuse("The metadata has no IDPSSODescriptor: is it an identity provider's?");
  const services = Array.from(idp.getElementsByTagNameNS(MD, "SingleSignOnService"));
  const redirect = services.find((s) => s.getAttribute("Binding") === REDIRECT);
  const ssoUrl = redirect?.getAttribute("Location")?.trim();
  if (!ssoUrl) return refuse("The metadata has no SingleSignOnService with the HTTP-Redirect binding.");
  let url: URL;
  try {
    url = new URL(ssoUrl);
  } catch {
    return refuse("The single sign-on address in the metadata is not a URL.");
  }
  if (url.protocol !== "https:" && !(allowHttp && url.protocol === "http:")) return refuse("The single sign-on address must use https.");
  const keys = Array.from(idp.getElementsByTagNameNS(MD, "KeyDescriptor")).filter((k) => (k.getAttribute("use") ?? "signing") === "signing");
  const certText = keys.map((k) => k.getElementsByTagNameNS(DS, "X509Certificate")[0]?.textContent ?? "").find(Boolean);
  if (!certText) return refuse("The metadata has no signing certificate.");
  const certificate = certificateBody(certText);
  if (!certificate) return refuse("The signing certificate in the metadata could not be read.");
  return { ok: true, metadata: { entityId, ssoUrl: url.toString(), certificate } };
}
