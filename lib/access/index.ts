// lib/access: the one place that decides and enforces who may read what.
//
//   rules.ts          the pure rules (viewer kinds x article state -> teaser | full;
//                     library, editions, search, passes), with an explicit policy
//   policy.ts         the configured policy (grace and preview days): the only one
//   published.ts      "published and visible": Prisma and SQL forms of one rule
//   viewers.ts        loading viewers from user rows (requests, jobs, emails)
//   ip-ranges.ts      office IP ranges: the licence an address reads under (decision 22)
//   resolve.ts        who is looking, for both routers (current.ts: App Router,
//                     pages-request.ts: Pages Router)
//   pass.ts, mint.ts  access passes for the front (site-key.ts: their key)
//   summary.ts        what the account page says about a viewer's access
//   preview.ts        starting the free preview
//   samples.ts        sample viewers (newsroom preview), candidate readers for jobs
//   share.ts          share links: a token to "this one article in full" (decision 32)
//
// Code outside lib/access/ imports from here (or current.ts, pages-request.ts,
// mint.ts, pass.ts). The functions below apply the configured policy, so no
// caller can forget it (tests/integration/access-parity.test.ts).
import { accessPolicy } from "./policy.ts";
import * as rules from "./rules.ts";
import type { ArticleState, Grant, Viewer } from "./rules.ts";

export type { Access, ArticleState, Grant, Role, Viewer, ViewerKind } from "./rules.ts";
export {
  ANONYMOUS,
  canSee,
  fullAccessEndedAt,
  GRANTING_STATUSES,
  isNewsroomMember,
  isSharedRenderViewer,
  isStaff,
  previewRunning,
  SHARED_FULL_READER,
} from "./rules.ts";
export { accessPolicy } from "./policy.ts";
export { publishedSql, publishedWhere } from "./published.ts";
export { viewerForSession, viewerForSessionToken, viewerForUser, viewersWhere } from "./viewers.ts";
export { accountSummary } from "./summary.ts";
export { previewUsedByOtherSpelling, startFreePreview } from "./preview.ts";
export { mayHaveFullAccessWhere, sampleViewer, type SampleKind } from "./samples.ts";

/** teaser | full: what `viewer` may read of `article` now. */
export function access(article: ArticleState, viewer: Viewer, now = new Date()) {
  return rules.access(article, viewer, now, accessPolicy());
}

/** The article with its body removed unless the viewer may read it in full. */
export function redactForViewer<A extends ArticleState & { body: string }>(article: A, viewer: Viewer, now = new Date()) {
  return rules.redactForViewer(article, viewer, now, accessPolicy());
}

/** The source-document library, PDF editions and body search: readers with full access. */
export function canReadLibrary(viewer: Viewer, now = new Date()): boolean {
  return rules.canReadLibrary(viewer, now, accessPolicy());
}

/** Does a paid, licence or complimentary subscription let this viewer read now? */
export function isSubscriber(viewer: Viewer, now = new Date()): boolean {
  return rules.isSubscriber(viewer, now, accessPolicy());
}

/** The subscription that lets this viewer read now (their own, a licence seat, complimentary), or null. */
export function activeGrant(viewer: Viewer, now = new Date()): Grant | null {
  return viewer.grants.find((g) => rules.grantIsActive(g, now, accessPolicy())) ?? null;
}

/** The licence to name ("Access provided by ‹Company›") when the viewer reads in full only through an office range. */
export function accessProvidedBy(viewer: Viewer, now = new Date()): string | null {
  return rules.accessProvidedBy(viewer, now, accessPolicy());
}

export function viewerKind(viewer: Viewer, now = new Date()) {
  return rules.viewerKind(viewer, now, accessPolicy());
}

/** May this viewer create share links (decision 32)? Full readers on their own account. */
export function canShare(viewer: Viewer, now = new Date()): boolean {
  return rules.canShare(viewer, now, accessPolicy());
}
