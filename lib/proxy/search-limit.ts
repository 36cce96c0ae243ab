// Step: the search rate limit, taken per client address before the search
// page renders. A refused search reaches the page as a request header (it
// shows the message) and is never cached by the front.
import type { NextRequest } from "next/server";
import { config } from "../config.ts";
import { clientIp } from "../request.ts";
import { hasCriteria, parseSearchRequest } from "../search/params.ts";
import { takeSearchToken } from "../search/rate-limit.ts";

/** Seconds this client must wait before searching again, or null (allowed, not a search, or the empty page, which is free). */
export function searchRefusal(req: NextRequest): number | null {
  if (req.nextUrl.pathname !== "/search" || req.method !== "GET") return null;
  const q = req.nextUrl.searchParams;
  const params = Object.fromEntries([...new Set(q.keys())].map((k) => [k, q.getAll(k)]).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
  if (!hasCriteria(parseSearchRequest(params))) return null;
  const r = takeSearchToken(clientIp(req.headers), config().SEARCH_RATE_LIMIT_PER_MINUTE);
  return r.allowed ? null : r.retryAfterSeconds;
}
