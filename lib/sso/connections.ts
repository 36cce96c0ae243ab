// A licence's identity provider: stored, read, removed. Only the newsroom's
// administrators configure it (lib/sso/admin.ts): an identity provider
// vouches for every address at the licence's domains, so choosing one is the
// publisher's decision, not a licence admin's (docs/decisions/0023-single-sign-on.md).
import { z } from "zod";
import { config } from "../config.ts";
import { db, type Db } from "../db.ts";
import { GRANTING_STATUSES } from "../access/index.ts";
import { openSecret, sealSecret } from "./seal.ts";
import { parseIdpMetadata } from "./saml-metadata.ts";

export type SaveResult = { ok: true; message: string } | { ok: false; message: string };

type Options = { client?: Db; secret?: string; allowHttp?: boolean };
const opts = (o: Options) => ({
  client: o.client ?? db(),
  secret: o.secret ?? config().authSecret,
  // Plain http only for a provider on this machine, and never in a public deployment.
  allowHttp: o.allowHttp ?? !config().isPublicDeployment,
});

/** A licence id as the database makes them (cuid); anything else is no licence, never a query. */
export const isLicenceId = (x: unknown): x is string => typeof x === "string" && /^[a-z0-9]{8,40}$/i.test(x);

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Plain http is accepted only for a provider on this machine (development and the tests). */
export function insecureAllowed(u: URL, allowHttp: boolean) {
  return u.protocol === "http:" && allowHttp && LOOPBACK.has(u.hostname);
}

const oidcFields = z.object({
  issuer: z
    .string()
    .trim()
    .max(500)
    .pipe(z.url({ message: "The issuer is a URL, like https://login.example.com/tenant." })),
  clientId: z.string().trim().min(1, "Enter the client ID the identity provider gave you.").max(500),
  clientSecret: z.string().trim().max(2000),
});

export async function saveOidcConnection(orgId: string, input: unknown, o: Options = {}): Promise<SaveResult> {
  const { client, secret, allowHttp } = opts(o);
  const parsed = oidcFields.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Please check the fields." };
  const issuer = new URL(parsed.data.issuer);
  if (issuer.protocol !== "https:" && !insecureAllowed(issuer, allowHttp)) return { ok: false, message: "The issuer must use https." };
  const existing = await client.ssoConnection.findUnique({ where: { organizationId: orgId }, select: { protocol: true, oidcSecretSealed: true } });
  // An empty secret keeps the stored one: the page never shows it back.
  const sealed = parsed.data.clientSecret ? sealSecret(parsed.data.clientSecret, secret) : existing?.protocol === "OIDC" ? existing.oidcSecretSealed : null;
  if (!sealed) return { ok: false, message: "Enter the client secret the identity provider gave you." };
  const data = {
    protocol: "OIDC" as const,
    oidcIssuer: parsed.data.issuer.replace(/\/$/, ""),
    oidcClientId: parsed.data.clientId,
    oidcSecretSealed: sealed,
    samlEntityId: null,
    samlSsoUrl: null,
    samlCertificate: null,
  };
  await client.ssoConnection.upsert({ where: { organizationId: orgId }, create: { organizationId: orgId, ...data }, update: data });
  return { ok: true, message: `Readers at this licence's domains now sign in through ${issuer.host}.` };
}

export async function saveSamlConnection(orgId: string, metadataXml: unknown, o: Options = {}): Promise<SaveResult> {
  const { client, allowHttp } = opts(o);
  const parsed = parseIdpMetadata(metadataXml, allowHttp);
  if (!parsed.ok) return parsed;
  const { entityId, ssoUrl, certificate } = parsed.metadata;
  const data = {
    protocol: "SAML" as const,
    oidcIssuer: null,
    oidcClientId: null,
    oidcSecretSealed: null,
    samlEntityId: entityId,
    samlSsoUrl: ssoUrl,
    samlCertificate: certificate,
  };
  await client.ssoConnection.upsert({ where: { organizationId: orgId }, create: { organizationId: orgId, ...data }, update: data });
  return { ok: true, message: `Readers at this licence's domains now sign in through ${entityId}.` };
}

export async function removeSsoConnection(orgId: string, client: Db = db()): Promise<SaveResult> {
  const { count } = await client.ssoConnection.deleteMany({ where: { organizationId: orgId } });
  return count
    ? { ok: true, message: "Single sign-on removed: readers at these domains get email links again." }
    : { ok: false, message: "No single sign-on was set up." };
}

/** What the configuration page shows: never the client secret. */
export async function ssoSettings(orgId: string) {
  const c = await db().ssoConnection.findUnique({
    where: { organizationId: orgId },
    select: { protocol: true, oidcIssuer: true, oidcClientId: true, oidcSecretSealed: true, samlEntityId: true, samlSsoUrl: true, updatedAt: true },
  });
  if (!c) return null;
  const { oidcSecretSealed, ...shown } = c;
  return { ...shown, hasSecret: !!oidcSecretSealed, secretReadable: !oidcSecretSealed || openSecret(oidcSecretSealed, config().authSecret) !== null };
}

export type OidcConnection = { organizationId: string; issuer: string; clientId: string; clientSecret: string };
export type SamlConnection = { organizationId: string; entityId: string; ssoUrl: string; certificate: string };
export type Connection = ({ protocol: "OIDC" } & OidcConnection) | ({ protocol: "SAML" } & SamlConnection);

/** The connection as the sign-in uses it, the client secret opened; null when missing or unreadable. */
export async function connectionOf(orgId: string): Promise<Connection | null> {
  if (!isLicenceId(orgId)) return null;
  const c = await db().ssoConnection.findUnique({ where: { organizationId: orgId } });
  if (!c) return null;
  if (c.protocol === "OIDC") {
    const clientSecret = c.oidcSecretSealed ? openSecret(c.oidcSecretSealed, config().authSecret) : null;
    if (!c.oidcIssuer || !c.oidcClientId || clientSecret === null) return null;
    return { protocol: "OIDC", organizationId: orgId, issuer: c.oidcIssuer, clientId: c.oidcClientId, clientSecret };
  }
  if (!c.samlEntityId || !c.samlSsoUrl || !c.samlCertificate) return null;
  return { protocol: "SAML", organizationId: orgId, entityId: c.samlEntityId, ssoUrl: c.samlSsoUrl, certificate: c.samlCertificate };
}

/** The licence (in force, with an identity provider) whose join domains include this address's domain. */
export async function ssoLicenceForDomain(domain: string): Promise<string | null> {
  const org = await db().organization.findFirst({
    where: { allowedDomains: { has: domain }, sso: { isNot: null }, subscriptions: { some: { status: { in: [...GRANTING_STATUSES] } } } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return org?.id ?? null;
}

/** The licence's name for the page that sends its readers to their identity provider. */
export async function ssoLicenceName(orgId: unknown): Promise<string | null> {
  if (!isLicenceId(orgId)) return null;
  const org = await db().organization.findFirst({ where: { id: orgId, sso: { isNot: null } }, select: { name: true } });
  return org?.name ?? null;
}
