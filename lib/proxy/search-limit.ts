// Step: the search rate limit, taken per client address before the search
// page renders. A refused search reaches the page as a request header (it
// shows the message) and is never cached by the front. The count lives in
// PostgreSQL (lib/rate-limit.ts), so a client has one allowance however many
// app instances answer it (decision 35).
import type { NextRequest } from "next/server";
import { config } from "../config.ts";
import { clientIp } from "../request.ts";
import { hasCriteria, parseSearchRequest } from "../search/params.ts";
import { hitLimit } from "../rate-limit.ts";

/** Seconds this client must wait before searching again, or null (allowed, not a search, or the empty page, which is free). */
export async function searchRefusal(req: NextRequest): Promise<number | null> {
  if (req.nextUrl.pathname !== "/search" || req.method !== "GET") return null;
  const q = req.nextUrl.searchParams;
  const params = Object.fromEntries([...new Set(q.keys())].map((k) => [k, q.getAll(k)]).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
  if (!hasCriteria(parseSearchRequest(params))) return null;
  try {
    const r = await hitLimit(`search:${clientIp(req.headers)}`, config().SEARCH_RATE_LIMIT_PER_MINUTE, 60);
    return r.allowed ? null : r.retryAfterSeconds;
  } catch {
    // The count could not be taken (PostgreSQL away or overloaded): the search itself decides;
    // it needs the same database and answers its own error page if it cannot reach it.
    return null;
  }
}
