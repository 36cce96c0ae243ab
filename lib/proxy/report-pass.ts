// Step: report passes (docs/decisions/0036-report-pages-at-the-front.md). A
// signed-in request for a usage-report page without a valid report pass gets
// one when its reader may see that report (a licence's admins, site admins; the
// publisher's licence list: site admins), so the front can serve their next
// views of it from its cache. One lookup per reader and report every
// REPORT_PASS_SECONDS at most; a reader who may not see the report gets no pass
// and the page answers them as it always did.
import type { NextRequest, NextResponse } from "next/server";
import { viewerForSessionToken } from "../access/viewers.ts";
import { mintReportPass, REPORT_PASS_COOKIE, REPORT_PASS_SECONDS, verifyReportPass, type ReportScope } from "../access/report-pass.ts";
import { siteKey } from "../access/site-key.ts";
import { config } from "../config.ts";
import { canAdminister } from "../licence/administer.ts";
import { logger } from "../log.ts";

const log = logger("proxy");

/** A report pass for this session and report, or null when its reader may not see the report. */
export async function mintReportPassForSession(sessionToken: string, report: ReportScope, now = new Date()) {
  const found = await viewerForSessionToken(sessionToken, now);
  if (!found) return null;
  const { viewer } = found;
  const may = report.organizationId === null ? viewer.role === "ADMIN" : await canAdminister(report.organizationId, viewer);
  if (!may) return null;
  const until = new Date(Math.min(now.getTime() + REPORT_PASS_SECONDS * 1000, found.sessionExpires.getTime()));
  return {
    value: mintReportPass(siteKey(), report.scope, until, sessionToken),
    maxAge: Math.max(1, Math.floor((until.getTime() - now.getTime()) / 1000)),
  };
}

export async function attachReportPass(
  res: NextResponse,
  req: NextRequest,
  sessionToken: string,
  report: ReportScope,
  mint = mintReportPassForSession,
): Promise<void> {
  if (verifyReportPass(siteKey(), req.cookies.get(REPORT_PASS_COOKIE)?.value, sessionToken, req.nextUrl.pathname, new Date())) return;
  const secure = config().siteUrl.startsWith("https:");
  try {
    const pass = await mint(sessionToken, report);
    // The cookie's path is the report's own address: the browser sends it nowhere else.
    if (pass) res.cookies.set(REPORT_PASS_COOKIE, pass.value, { httpOnly: true, sameSite: "lax", secure, path: report.cookiePath, maxAge: pass.maxAge });
    else if (req.cookies.has(REPORT_PASS_COOKIE))
      res.cookies.set(REPORT_PASS_COOKIE, "", { httpOnly: true, sameSite: "lax", secure, path: report.cookiePath, maxAge: 0 });
  } catch (e) {
    log.warn("report pass not minted", { error: (e as Error).message });
  }
}
