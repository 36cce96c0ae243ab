// Sample viewers of each kind a reader can be: for the newsroom's "preview as"
// (the article as that reader would see it) and for tests. Made here, where
// the shapes of previews and grants are known.
import { ANONYMOUS, type Viewer } from "./rules.ts";

export type SampleKind = "anonymous" | "preview" | "subscriber";

const DAY = 86_400_000;

export function sampleViewer(kind: SampleKind, now: Date): Viewer {
  if (kind === "anonymous") return ANONYMOUS;
  const reader = { userId: "preview-sample", email: "reader@example.com", role: "READER" as const, grants: [] };
  if (kind === "preview") return { ...reader, previewEndsAt: new Date(now.getTime() + 7 * DAY) };
  return {
    ...reader,
    previewEndsAt: null,
    grants: [{ source: "individual", status: "ACTIVE", currentPeriodEnd: new Date(now.getTime() + 30 * DAY), cancelAtPeriodEnd: false, pastDueSince: null }],
  };
}

/**
 * A Prisma `where` over users that keeps everyone who might have full access
 * now (a running preview, or any subscription of their own or through a
 * licence): a cheap first cut, each candidate then decided by the rules.
 */
export function mayHaveFullAccessWhere(now: Date) {
  return { OR: [{ previewEndsAt: { gt: now } }, { subscriptions: { some: {} } }, { memberships: { some: {} } }] };
}
