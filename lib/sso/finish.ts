// The end of every single sign-on: the identity provider vouched for an
// address; check it is one of the licence's domains, create or find the
// account, give it a seat (or refuse when the licence is full), record it in
// the audit log and start the session.
import { audit } from "../audit.ts";
import { startSession, type SessionCookie } from "../auth/start-session.ts";
import { normaliseEmail, safeCallbackPath } from "../auth/magic-link.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { SeatsFull, takeSeat } from "../organizations.ts";
import type { IdpIdentity } from "./oidc.ts";
import { SsoRefused } from "./refusals.ts";

const log = logger("sso");

export async function completeSsoSignIn(id: IdpIdentity, protocol: "OIDC" | "SAML"): Promise<{ cookie: SessionCookie; returnTo: string }> {
  const subject = `organization:${id.organizationId}`;
  const refuse = async (reason: SsoRefused["reason"], detail: Record<string, unknown> = {}) => {
    await audit(null, "sso.refused", subject, { protocol, reason, ...detail });
    return new SsoRefused(reason);
  };
  const email = normaliseEmail(id.email);
  if (!email) throw await refuse("email-unverified", { why: "not an address" });
  // An identity provider that says outright that it did not verify the address is not believed.
  if (id.emailVerified === false) throw await refuse("email-unverified", { email });
  const org = await db().organization.findUnique({ where: { id: id.organizationId }, select: { allowedDomains: true } });
  const domain = email.split("@")[1];
  if (!org || !org.allowedDomains.includes(domain)) throw await refuse("outside-domains", { domain });
  const user = await db().user.upsert({ where: { email }, create: { email }, update: {}, select: { id: true, role: true } });
  // Newsroom accounts never sign in on a customer's word.
  if (user.role !== "READER") throw await refuse("staff-account", { userId: user.id });
  try {
    await takeSeat(id.organizationId, user.id);
  } catch (e) {
    if (e instanceof SeatsFull) throw await refuse("licence-full", { userId: user.id });
    throw e;
  }
  await audit(user.id, "sso.sign-in", subject, { protocol, email });
  log.info("single sign-on", { organizationId: id.organizationId, protocol });
  return { cookie: await startSession(user.id), returnTo: safeCallbackPath(id.returnTo) };
}
