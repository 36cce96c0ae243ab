// Step: office IP ranges (docs/decisions/0022-office-ip-ranges.md). A request
// without a session from an address in a site licence's office range reads
// under that licence: its article requests are rendered for it (never the
// cached teaser) and none of its answers may be kept by the front. The front
// itself asks first (OFFICE_CHECK_PATH) so that it never serves such a reader
// its cached anonymous copy.
import { NextResponse, type NextRequest } from "next/server";
import { licenceForAddress } from "../access/ip-ranges.ts";
import { BASE_POLICY } from "../csp.ts";
import { databaseMarkedDown } from "../db-health.ts";
import { OFFICE_CHECK_PATH, OFFICE_HEADER } from "../front/contract.ts";
import { clientIp } from "../request.ts";

/** Is this request's address in an office range whose licence grants reading now? (no lookup for sessions, writes, shared renders, or while the database is down) */
export async function inOfficeRange(req: NextRequest, o: { hasSession: boolean; sharedRender: boolean }): Promise<boolean> {
  if (o.hasSession || o.sharedRender || (req.method !== "GET" && req.method !== "HEAD") || databaseMarkedDown()) return false;
  return (await licenceForAddress(clientIp(req.headers))) !== null;
}

/** The front's question "is this client in an office range?", answered for the front only (others get a 404). */
export async function officeCheckAnswer(req: NextRequest, behindFront: boolean): Promise<NextResponse | null> {
  if (req.nextUrl.pathname !== OFFICE_CHECK_PATH) return null;
  const headers = { "cache-control": "no-store", "content-security-policy": BASE_POLICY };
  if (!behindFront) return new NextResponse("Not found\n", { status: 404, headers });
  const yes = !databaseMarkedDown() && (await licenceForAddress(clientIp(req.headers))) !== null;
  return new NextResponse(null, { status: 200, headers: { ...headers, [OFFICE_HEADER]: yes ? "1" : "0" } });
}
