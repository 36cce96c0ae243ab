// Sign-ins sent to an identity provider and not yet answered (the OIDC state,
// the SAML AuthnRequest ID). Each is answered once, within REQUEST_TTL_MS.
import type { SsoProtocol } from "../generated/prisma/client.ts";
import { db } from "../db.ts";

export const REQUEST_TTL_MS = 10 * 60_000;

export async function recordRequest(data: {
  id: string;
  organizationId: string;
  protocol: SsoProtocol;
  returnTo: string;
  nonce?: string;
  codeVerifier?: string;
}) {
  // Old rows go as new ones arrive: the table holds at most ten minutes of sign-ins (and a day of leftovers for the refusal pages).
  await db().ssoRequest.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } });
  await db().ssoRequest.create({ data });
}

export async function findRequest(id: string) {
  return db().ssoRequest.findUnique({ where: { id } });
}

export const isLive = (r: { createdAt: Date; consumedAt: Date | null }) => !r.consumedAt && r.createdAt.getTime() > Date.now() - REQUEST_TTL_MS;

/** Mark the request answered; true only for the one caller that did so while it was live. */
export async function consumeRequest(id: string, protocol: SsoProtocol): Promise<boolean> {
  const { count } = await db().ssoRequest.updateMany({
    where: { id, protocol, consumedAt: null, createdAt: { gt: new Date(Date.now() - REQUEST_TTL_MS) } },
    data: { consumedAt: new Date() },
  });
  return count === 1;
}
