// The rules of access: pure functions of (article, viewer, now, policy), then
// a redaction step that removes the body before anything is serialised
// (Ghost's content-gating shape). Free of I/O so every viewer kind x article
// state is unit-tested with explicit policies. Code outside lib/access/ uses
// lib/access/index.ts, which applies the configured policy: there is no
// default policy a caller could forget to replace.

export type Access = "teaser" | "full";
export type Role = "READER" | "EDITOR" | "ADMIN" | "WRITER";

export type Grant = {
  /** "ip-range": the licence of the office network the request comes from (decision 22), not the person's own. */
  source: "individual" | "organization" | "complimentary" | "ip-range";
  status: "TRIALING" | "ACTIVE" | "PAST_DUE" | "CANCELED" | "INCOMPLETE" | "INCOMPLETE_EXPIRED" | "UNPAID" | "PAUSED";
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  pastDueSince: Date | null;
  /** Invoice billing: the oldest open invoice's due date; unpaid past it plus the grace days, the grant ends. */
  unpaidInvoiceDueAt?: Date | null;
};

export type Viewer = {
  userId: string | null;
  email: string | null;
  role: Role | null;
  previewEndsAt: Date | null;
  grants: Grant[];
  /** The site licence whose office range the request comes from (its grants are in `grants` as "ip-range"). */
  office?: { organizationId: string; name: string } | null;
  /** The front's shared render (decision 12): no person. Only SHARED_FULL_READER has it. */
  sharedRender?: true;
  /**
   * A share link (decision 32): the public ID of the one article its holder may read in
   * full. Set only by lib/access/share.ts for the request of an active link, by a person.
   */
  sharedArticle?: string | null;
};

export type ViewerKind = "anonymous" | "preview" | "preview-expired" | "subscriber" | "editor" | "admin";

/** The deployment's settings the rules depend on (lib/access/policy.ts reads them from the configuration). */
export type AccessPolicy = { paymentGraceDays: number; renewalLeewayHours: number; previewDays: number };

/** Subscription statuses that can grant reading (each subject to its dates: see grantIsActive). */
export const GRANTING_STATUSES = ["ACTIVE", "TRIALING", "PAST_DUE"] as const satisfies readonly Grant["status"][];

export const ANONYMOUS: Viewer = Object.freeze({ userId: null, email: null, role: null, previewEndsAt: null, grants: [] }) as Viewer;

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Does one subscription (own, organisation's, or complimentary) grant reading now? */
export function grantIsActive(g: Grant, now: Date, policy: AccessPolicy): boolean {
  const t = now.getTime();
  const end = g.currentPeriodEnd.getTime();
  // An open invoice is "within its terms" until its due date; unpaid after that plus the grace days, reading ends (whatever the status says).
  if (g.unpaidInvoiceDueAt && t >= g.unpaidInvoiceDueAt.getTime() + policy.paymentGraceDays * DAY) return false;
  switch (g.status) {
    case "ACTIVE":
    case "TRIALING":
      // A renewal webhook may arrive a little after the period ends; a
      // subscription that is set to cancel ends exactly at the period end.
      return g.cancelAtPeriodEnd || g.source === "complimentary" ? t < end : t < end + policy.renewalLeewayHours * HOUR;
    case "PAST_DUE": {
      const since = (g.pastDueSince ?? g.currentPeriodEnd).getTime();
      return t < since + policy.paymentGraceDays * DAY;
    }
    default:
      return false;
  }
}

export function isSubscriber(viewer: Viewer, now: Date, policy: AccessPolicy): boolean {
  return viewer.grants.some((g) => grantIsActive(g, now, policy));
}

export function previewRunning(viewer: Viewer, now: Date): boolean {
  return viewer.previewEndsAt !== null && now.getTime() < viewer.previewEndsAt.getTime();
}

export function isStaff(viewer: Viewer): boolean {
  return viewer.role === "EDITOR" || viewer.role === "ADMIN";
}

/**
 * Who may enter the newsroom: staff, and writers (decision 25), who draft
 * and submit for review but neither publish nor read beyond their own
 * access as a reader — a writer is not staff for any reader-facing rule.
 */
export function isNewsroomMember(viewer: Viewer): boolean {
  return isStaff(viewer) || viewer.role === "WRITER";
}

export function viewerKind(viewer: Viewer, now: Date, policy: AccessPolicy): ViewerKind {
  if (viewer.role === "ADMIN") return "admin";
  if (viewer.role === "EDITOR") return "editor";
  if (!viewer.userId) return "anonymous";
  if (isSubscriber(viewer, now, policy)) return "subscriber";
  if (previewRunning(viewer, now)) return "preview";
  return "preview-expired";
}

export type ArticleState = {
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED";
  publishedAt: Date | null;
  /** An editor marked it free to read (decision 33): anyone who can see it reads the body. */
  freeToRead?: boolean;
  /** Needed only to match a share link (decision 32). */
  publicId?: string | null;
};

/** Is the article visible at all (headline and teaser) to this viewer? */
export function canSee(article: ArticleState, viewer: Viewer, now: Date): boolean {
  if (isStaff(viewer)) return true;
  return article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt.getTime() <= now.getTime();
}

/** teaser | full — the decision, and nothing else. */
export function access(article: ArticleState, viewer: Viewer, now: Date, policy: AccessPolicy): Access {
  if (isStaff(viewer)) return "full";
  if (!canSee(article, viewer, now)) return "teaser";
  if (article.freeToRead === true) return "full";
  if (viewer.sharedArticle && article.publicId === viewer.sharedArticle) return "full";
  if (isSubscriber(viewer, now, policy)) return "full";
  if (previewRunning(viewer, now)) return "full";
  return "teaser";
}

/**
 * Redaction: the only way an article leaves lib/ for rendering. With `teaser`
 * access the body is replaced by null here, before any page, feed or API can
 * serialise it.
 */
export function redactForViewer<A extends ArticleState & { body: string }>(
  article: A,
  viewer: Viewer,
  now: Date,
  policy: AccessPolicy,
): Omit<A, "body"> & { body: string | null; access: Access } {
  const level = access(article, viewer, now, policy);
  const { body, ...rest } = article;
  return { ...rest, body: level === "full" ? body : null, access: level };
}

/**
 * When this viewer's full access ended, for a reader told that it has (the
 * private feeds' note, decision 31): the latest end of their preview or of a
 * subscription period that is over; null when nothing has ended. A date a
 * reader would recognise, not a rule: the decision stays with access().
 */
export function fullAccessEndedAt(viewer: Viewer, now: Date): Date | null {
  const ended = [viewer.previewEndsAt, ...viewer.grants.map((g) => g.currentPeriodEnd)].filter((d): d is Date => d !== null && d.getTime() <= now.getTime());
  return ended.length ? new Date(Math.max(...ended.map((d) => d.getTime()))) : null;
}

/**
 * The source document library (and the PDF edition) is for readers with
 * full access: staff, subscribers and running previews.
 */
export function canReadLibrary(viewer: Viewer, now: Date, policy: AccessPolicy): boolean {
  return isStaff(viewer) || isSubscriber(viewer, now, policy) || previewRunning(viewer, now);
}

/**
 * What an access pass (lib/access-pass.ts) may say about this viewer until
 * `until`: "full" only if published articles are readable in full for the
 * whole of [now, until]; staff never share cached pages (they see drafts).
 */
export function passLevel(viewer: Viewer, now: Date, until: Date, policy: AccessPolicy): "full" | "teaser" | "staff" {
  if (isStaff(viewer)) return "staff";
  const fullAt = (t: Date) => isSubscriber(viewer, t, policy) || previewRunning(viewer, t);
  return fullAt(now) && fullAt(until) ? "full" : "teaser";
}

/**
 * The viewer of a shared render: no person, only full access to published
 * articles. The nginx front asks for it (with a secret header) to fill its
 * cache of full pages that it serves to readers holding a "full" pass.
 */
export const SHARED_FULL_READER: Viewer = Object.freeze({
  sharedRender: true,
  userId: null,
  email: null,
  role: null,
  previewEndsAt: null,
  grants: [
    Object.freeze({
      source: "complimentary",
      status: "ACTIVE",
      currentPeriodEnd: new Date("9999-12-31T00:00:00Z"),
      cancelAtPeriodEnd: false,
      pastDueSince: null,
    }),
  ],
}) as Viewer;

/**
 * Is this the front's shared render (decision 12), not a person? Such a render may
 * also show a usage report (decision 36): the front only serves it to readers
 * holding that report's pass, which the app mints for the report's admins.
 */
export function isSharedRenderViewer(viewer: Viewer): boolean {
  // A mark, not identity: a server bundle may hold more than one copy of this module (seen: App Router pages).
  return viewer.sharedRender === true && viewer.userId === null;
}

/**
 * "Access provided by ‹Company›" (decision 22): the licence to name when this
 * viewer reads in full only because of the office range the request comes from.
 */
export function accessProvidedBy(viewer: Viewer, now: Date, policy: AccessPolicy): string | null {
  if (!viewer.office || isStaff(viewer)) return null;
  const own: Viewer = { ...viewer, grants: viewer.grants.filter((g) => g.source !== "ip-range") };
  if (isSubscriber(own, now, policy) || previewRunning(own, now)) return null;
  return isSubscriber(viewer, now, policy) ? viewer.office.name : null;
}

/**
 * May this viewer create share links (decision 32)? Readers who read in full on
 * their own account: staff, their own, licence or complimentary subscription, a
 * running preview. Not an office range alone (the address reads, not a person), nor
 * a share link's recipient. The front's shared render counts as such a reader:
 * it is served only to readers with a full pass.
 */
export function canShare(viewer: Viewer, now: Date, policy: AccessPolicy): boolean {
  if (isStaff(viewer)) return true;
  const own: Viewer = { ...viewer, grants: viewer.grants.filter((g) => g.source !== "ip-range"), sharedArticle: null };
  return isSubscriber(own, now, policy) || previewRunning(own, now);
}

export type ShareLinkState = "active" | "expired" | "revoked";

/** Is a share link still good? Revoked wins over expired (the sharer's act is the news). */
export function shareLinkState(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): ShareLinkState {
  if (link.revokedAt && link.revokedAt.getTime() <= now.getTime()) return "revoked";
  return now.getTime() < link.expiresAt.getTime() ? "active" : "expired";
}

/** The first instant of the next calendar month (UTC): when a reader's share allowance starts again. */
export function shareAllowanceResets(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

/** The first instant of this calendar month (UTC): links created since count against the allowance. */
export function shareAllowanceSince(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}
