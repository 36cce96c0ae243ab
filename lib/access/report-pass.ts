// The report pass (docs/decisions/0036-report-pages-at-the-front.md): the access
// pass of decision 12, for the two usage-report pages. A licence admin's report
// is the same for every admin of that licence, and the publisher's licence list
// the same for every site admin, so the front may keep one copy of each and
// serve it to whoever the app has vouched for:
//
//   tld_report = <scope>.<expires, unix seconds>.<HMAC-SHA256(key, "report:<scope>.<expires>.<session token>"), base64url>
//
// The scope is the report the pass opens: `o-<organisation id>` for
// /account/organization/<id>/usage, `pub` for /newsroom/licences. The front
// (deploy/front/pass.js, reportOk) honours a pass only on its own report's
// address, only with the session it was minted for, and only until it expires
// (REPORT_PASS_SECONDS). Pure functions, no I/O; held to the njs script by
// tests/unit/front-contract.test.ts.
import { createHmac, timingSafeEqual } from "node:crypto";
import { PASS_CLOCK_SKEW_SECONDS } from "./pass.ts";

export { REPORT_PASS_COOKIE } from "../front/contract.ts";
/** How long a report pass is good for: the longest a former admin can still be shown a cached report. */
export const REPORT_PASS_SECONDS = 120;
export const REPORT_PASS_MAX_AHEAD_MS = (REPORT_PASS_SECONDS + PASS_CLOCK_SKEW_SECONDS) * 1000;

const ORG_REPORT = /^\/account\/organization\/([A-Za-z0-9_-]{1,64})\/usage\/?$/;
const PUBLISHER_REPORT = /^\/newsroom\/licences\/?$/;
const PASS_RE = /^(pub|o-[A-Za-z0-9_-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

export type ReportScope = { scope: string; organizationId: string | null; cookiePath: string };

/** The report an address is, or null. The CSV downloads are not: they are files, always the app's. */
export function reportScope(path: string): ReportScope | null {
  const org = ORG_REPORT.exec(path);
  if (org) return { scope: `o-${org[1]}`, organizationId: org[1], cookiePath: `/account/organization/${org[1]}/usage` };
  if (PUBLISHER_REPORT.test(path)) return { scope: "pub", organizationId: null, cookiePath: "/newsroom/licences" };
  return null;
}

function sign(key: string, text: string): string {
  return createHmac("sha256", key).update(`report:${text}`).digest("base64url");
}

export function mintReportPass(key: string, scope: string, expiresAt: Date, sessionToken: string): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return `${scope}.${exp}.${sign(key, `${scope}.${exp}.${sessionToken}`)}`;
}

/** Does this pass open the report at `path` now, for this session? */
export function verifyReportPass(key: string, pass: string | null | undefined, sessionToken: string | null | undefined, path: string, now: Date): boolean {
  const want = reportScope(path);
  if (!pass || !sessionToken || !want) return false;
  const m = PASS_RE.exec(pass);
  if (!m || m[1] !== want.scope) return false;
  const expMs = Number(m[2]) * 1000;
  if (expMs <= now.getTime() || expMs > now.getTime() + REPORT_PASS_MAX_AHEAD_MS) return false;
  const a = Buffer.from(m[3]);
  const b = Buffer.from(sign(key, `${m[1]}.${m[2]}.${sessionToken}`));
  return a.length === b.length && timingSafeEqual(a, b);
}
