// A licence's join domains: colleagues who sign in with an address at a
// verified domain take a free seat. A domain joins nobody until it is proven
// (docs/decisions/0026-licence-correctness.md):
//  - the licence admin adding it has a verified address at that domain, or
//  - a newsroom admin approves it (or adds it themselves).
// Free-mail and disposable-mail domains, the publisher's own domains and a
// domain another licence already holds are refused with a reason.
import { z } from "zod";
import { config } from "../config.ts";
import { db } from "../db.ts";

// Maintained lists (free-email-domains, disposable-email-domains), loaded on
// first use: only saving domains needs them, not reading pages.
let lists: Promise<{ free: Set<string>; disposable: Set<string> }> | undefined;
function mailLists() {
  lists ??= Promise.all([import("free-email-domains"), import("disposable-email-domains")]).then(([f, d]) => ({
    free: new Set<string>(f.default),
    disposable: new Set<string>(d.default),
  }));
  return lists;
}

export const domainSyntax = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^@/, ""))
  .pipe(z.string().regex(/^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, "Domains look like example.com"));

/** The list a form sends: comma- or space-separated domains, at most 20. */
export const domainList = z
  .string()
  .max(1000)
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(domainSyntax).max(20, "A licence can list at most 20 domains."))
  .transform((ds) => [...new Set(ds)]);

const hostOf = (s: string) => s.replace(/^www\./, "");

/** The publisher's own domains: configured, the sender's and the site's, and every staff account's. */
async function publisherDomains(): Promise<Set<string>> {
  const c = config();
  const { free } = await mailLists();
  const out = new Set<string>(
    c.PUBLISHER_DOMAINS.split(/[\s,]+/)
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
  );
  const from = /@([^>\s]+)/.exec(c.EMAIL_FROM)?.[1];
  if (from) out.add(from.toLowerCase());
  out.add(hostOf(new URL(c.siteUrl).hostname.toLowerCase()));
  const staff = await db().user.findMany({ where: { role: { not: "READER" } }, select: { email: true } });
  for (const s of staff) {
    const d = s.email.split("@")[1]?.toLowerCase();
    if (d && !free.has(d)) out.add(d);
  }
  return out;
}

/** Why a domain can never be a join domain, or null when it may be (subject to proof). */
export async function refusalFor(domain: string, orgId: string): Promise<string | null> {
  const { free, disposable } = await mailLists();
  if (free.has(domain))
    return `${domain} is a free email service: anyone can get an address there, so it cannot admit colleagues. List your company's own domain.`;
  if (disposable.has(domain)) return `${domain} is a disposable email service and cannot admit colleagues.`;
  if ((await publisherDomains()).has(domain)) return `${domain} is Trade Law Daily's own domain and cannot join a licence.`;
  const other = await db().organization.findFirst({
    where: { id: { not: orgId }, OR: [{ allowedDomains: { has: domain } }] },
    select: { id: true },
  });
  if (other) return `${domain} already belongs to another licence. If it is yours, please contact us.`;
  return null;
}

export type DomainChange = { ok: true; verified: string[]; pending: string[] } | { ok: false; message: string };

/**
 * Replace a licence's domains with the list given. Domains already verified
 * stay verified; a new domain is verified at once when the person saving is
 * a newsroom admin or has a verified address there, and otherwise waits.
 */
export async function replaceDomains(orgId: string, input: unknown, actor: { userId: string; isSiteAdmin: boolean }): Promise<DomainChange> {
  const parsed = domainList.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Please list domains like example.com." };
  const org = await db().organization.findUnique({ where: { id: orgId }, select: { allowedDomains: true, pendingDomains: true } });
  if (!org) return { ok: false, message: "No such licence." };
  for (const d of parsed.data) {
    const why = await refusalFor(d, orgId);
    if (why) return { ok: false, message: why };
  }
  const me = await db().user.findUnique({ where: { id: actor.userId }, select: { email: true, emailVerified: true } });
  const myDomain = me?.emailVerified ? me.email.split("@")[1]?.toLowerCase() : undefined;
  const verified: string[] = [];
  const pending: string[] = [];
  for (const d of parsed.data) {
    if (org.allowedDomains.includes(d) || actor.isSiteAdmin || d === myDomain) verified.push(d);
    else pending.push(d);
  }
  await db().organization.update({ where: { id: orgId }, data: { allowedDomains: verified, pendingDomains: pending } });
  return { ok: true, verified, pending };
}

/** A newsroom admin approves a pending domain (checked again: it may have been taken meanwhile). */
export async function approveDomain(orgId: string, domainInput: unknown): Promise<{ ok: boolean; message: string }> {
  const d = domainSyntax.safeParse(domainInput);
  if (!d.success) return { ok: false, message: "No such domain." };
  const org = await db().organization.findUnique({ where: { id: orgId }, select: { name: true, allowedDomains: true, pendingDomains: true } });
  if (!org || !org.pendingDomains.includes(d.data)) return { ok: false, message: `${d.data} is not waiting for approval.` };
  const why = await refusalFor(d.data, orgId);
  if (why) return { ok: false, message: why };
  await db().organization.update({
    where: { id: orgId },
    data: { allowedDomains: [...org.allowedDomains, d.data], pendingDomains: org.pendingDomains.filter((x) => x !== d.data) },
  });
  return { ok: true, message: `${d.data} now admits colleagues to ${org.name}.` };
}

/** Licences with domains waiting for a newsroom admin. */
export async function pendingDomainRequests() {
  return db().organization.findMany({
    where: { NOT: { pendingDomains: { isEmpty: true } } },
    select: { id: true, name: true, pendingDomains: true, allowedDomains: true },
    orderBy: { name: "asc" },
  });
}
