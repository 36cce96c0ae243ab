// The newsroom's side of single sign-on: administrators (role ADMIN, checked
// here on the server) choose a licence's identity provider. Licence admins do
// not: an identity provider vouches for every address at the licence's
// domains, including accounts that exist already.
import type { Viewer } from "../access/index.ts";
import { audit } from "../audit.ts";
import { db } from "../db.ts";
import { isLicenceId, removeSsoConnection, saveOidcConnection, saveSamlConnection, ssoSettings, type SaveResult } from "./connections.ts";
import { acsUrl, spEntityId } from "./saml.ts";
import { callbackUrl } from "./oidc.ts";

const refused: SaveResult = { ok: false, message: "Only the newsroom's administrators can set up single sign-on." };
const isAdmin = (v: Viewer): v is Viewer & { userId: string } => v.role === "ADMIN" && !!v.userId;

async function licenceId(orgId: unknown): Promise<string | null> {
  if (!isLicenceId(orgId)) return null;
  return (await db().organization.findUnique({ where: { id: orgId }, select: { id: true } }))?.id ?? null;
}

export async function configureOidc(viewer: Viewer, orgId: unknown, input: { issuer: unknown; clientId: unknown; clientSecret: unknown }): Promise<SaveResult> {
  if (!isAdmin(viewer)) return refused;
  const id = await licenceId(orgId);
  if (!id) return { ok: false, message: "That licence does not exist." };
  const r = await saveOidcConnection(id, { issuer: input.issuer ?? "", clientId: input.clientId ?? "", clientSecret: input.clientSecret ?? "" });
  if (r.ok) await audit(viewer.userId, "sso.configure", `organization:${id}`, { protocol: "OIDC", issuer: String(input.issuer) });
  return r;
}

export async function configureSaml(viewer: Viewer, orgId: unknown, metadata: unknown): Promise<SaveResult> {
  if (!isAdmin(viewer)) return refused;
  const id = await licenceId(orgId);
  if (!id) return { ok: false, message: "That licence does not exist." };
  const r = await saveSamlConnection(id, metadata);
  if (r.ok) await audit(viewer.userId, "sso.configure", `organization:${id}`, { protocol: "SAML" });
  return r;
}

export async function removeSso(viewer: Viewer, orgId: unknown): Promise<SaveResult> {
  if (!isAdmin(viewer)) return refused;
  const id = await licenceId(orgId);
  if (!id) return { ok: false, message: "That licence does not exist." };
  const r = await removeSsoConnection(id);
  if (r.ok) await audit(viewer.userId, "sso.remove", `organization:${id}`);
  return r;
}

/** Every licence with its single sign-on, for the newsroom's list. */
export async function licencesWithSso() {
  return db().organization.findMany({
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, allowedDomains: true, seats: true, sso: { select: { protocol: true } } },
  });
}

/** One licence and its settings (the client secret never leaves the server). */
export async function licenceSsoPage(orgId: string) {
  if (!isLicenceId(orgId)) return null;
  const org = await db().organization.findUnique({ where: { id: orgId }, select: { id: true, name: true, allowedDomains: true, seats: true } });
  if (!org) return null;
  return { org, settings: await ssoSettings(orgId), sp: { entityId: spEntityId(), acsUrl: acsUrl(), oidcRedirectUri: callbackUrl() } };
}
