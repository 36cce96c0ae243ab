// The pure rules of lib/access/rules.ts bound to one explicit test policy
// (the configuration's defaults), for unit tests that are not about the policy.
import * as rules from "../../lib/access/rules.ts";
import type { AccessPolicy, ArticleState, Grant, Viewer } from "../../lib/access/rules.ts";

export const TEST_POLICY: AccessPolicy = Object.freeze({ paymentGraceDays: 7, renewalLeewayHours: 24, previewDays: 14 });

export { ANONYMOUS, canSee, isStaff, previewRunning, SHARED_FULL_READER, type ArticleState, type Grant, type Viewer } from "../../lib/access/rules.ts";
export const access = (a: ArticleState, v: Viewer, now: Date, p: AccessPolicy = TEST_POLICY) => rules.access(a, v, now, p);
export const canReadLibrary = (v: Viewer, now: Date, p: AccessPolicy = TEST_POLICY) => rules.canReadLibrary(v, now, p);
export const viewerKind = (v: Viewer, now: Date, p: AccessPolicy = TEST_POLICY) => rules.viewerKind(v, now, p);
export const grantIsActive = (g: Grant, now: Date, p: AccessPolicy = TEST_POLICY) => rules.grantIsActive(g, now, p);
export const passLevel = (v: Viewer, now: Date, until: Date, p: AccessPolicy = TEST_POLICY) => rules.passLevel(v, now, until, p);
export const redactForViewer = <A extends ArticleState & { body: string }>(a: A, v: Viewer, now: Date, p: AccessPolicy = TEST_POLICY) =>
  rules.redactForViewer(a, v, now, p);
