// Recording reads for the usage reports (COUNTER terms: docs/decisions/0028-usage-counting.md).
// One row per reader per item per day, its `requests` counting every request.
// Never in the way of a page: callers do not wait (recordReadSoon), and a
// failure is logged, not thrown. Bots, link previewers and mail scanners are
// not counted (isbot's maintained list, plus the scanners it does not name).
import { createHmac } from "node:crypto";
import { isbot } from "isbot";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import type { Viewer } from "../access/index.ts";
import { clientIp } from "../request.ts";

const log = logger("usage");

export type ReadKind = "ARTICLE" | "DOCUMENT" | "EDITION";

/** Who read: a signed-in reader, or an office-range reader known only by address and licence. */
export type Reader = { userId: string; organizationId?: string | null } | { ip: string; organizationId: string };

// Mail security scanners and link unfurlers that isbot's list may not name.
const SCANNERS =
  /(safelinks|mimecast|proofpoint|barracuda|urldefense|symantec|trendmicro|slackbot|teamsbot|skypeuripreview|microsoft office|outlook|whatsapp|discordbot|linkedinbot)/i;

/** Should a request with this user agent count as a person reading? (no agent at all does not) */
export function countsAsPerson(userAgent: string | null | undefined): boolean {
  if (!userAgent) return false;
  return !isbot(userAgent) && !SCANNERS.test(userAgent);
}

/** The day a read counts for: New York's calendar day, like the editions. */
export function readDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

function ipKey(ip: string): string {
  // Addresses are not stored: a keyed hash tells readers apart for "unique" and nothing more.
  return `ip:${createHmac("sha256", config().authSecret).update(`usage-ip:${ip}`).digest("base64url").slice(0, 22)}`;
}

export async function recordRead(kind: ReadKind, itemId: string, reader: Reader, via: string, userAgent: string | null | undefined, at = new Date()) {
  if (!countsAsPerson(userAgent)) return false;
  const day = readDay(at);
  const readerKey = "userId" in reader ? reader.userId : ipKey(reader.ip);
  const userId = "userId" in reader ? reader.userId : null;
  const org = reader.organizationId ?? null;
  // A signed-in member's reads count for the licence that gives them their seat.
  await db().$executeRaw`
    insert into "ReadEvent" ("day", "kind", "itemId", "readerKey", "userId", "organizationId", "via", "requests", "firstAt")
    values (${day}::date, ${kind}::"ReadKind", ${itemId}, ${readerKey}, ${userId},
      coalesce(${org}, (select m."organizationId" from "OrganizationMember" m where m."userId" = ${userId} and m."suspendedAt" is null
        order by m."joinedAt" limit 1)), ${via}, 1, ${at})
    on conflict ("day", "kind", "itemId", "readerKey") do update set "requests" = "ReadEvent"."requests" + 1`;
  return true;
}

/** Record without waiting: the page is served whatever happens here. */
export function recordReadSoon(kind: ReadKind, itemId: string, reader: Reader, via: string, userAgent: string | null | undefined) {
  recordRead(kind, itemId, reader, via, userAgent).catch((e) => log.warn("read not recorded", { kind, error: (e as Error).message }));
}

/**
 * Articles a reader's private full-text feed served in full (decision 31): one
 * read event per reader per article per day, like every read. A feed reader
 * polls on its own, so a later fetch on the same day adds to `feedRequests`
 * only, not to `requests` (Total_Item_Requests counts a person's requests).
 * The bots rule does not apply: a feed reader is the reader's own tool, and
 * the token says whose it is. Only readers count, as on every path (not staff).
 */
export async function recordFeedReads(userId: string, publicIds: string[], at = new Date()): Promise<number> {
  if (!publicIds.length) return 0;
  return db().$executeRaw`
    insert into "ReadEvent" ("day", "kind", "itemId", "readerKey", "userId", "organizationId", "via", "requests", "feedRequests", "firstAt")
    select ${readDay(at)}::date, 'ARTICLE'::"ReadKind", ids.id, ${userId}, ${userId},
      (select m."organizationId" from "OrganizationMember" m where m."userId" = ${userId} and m."suspendedAt" is null order by m."joinedAt" limit 1),
      'feed', 1, 1, ${at}
    from unnest(${publicIds}::text[]) as ids(id)
    on conflict ("day", "kind", "itemId", "readerKey") do update set "feedRequests" = "ReadEvent"."feedRequests" + 1`;
}

/** recordFeedReads without waiting: the feed is served whatever happens here. */
export function countFeedReads(viewer: Viewer, publicIds: string[]) {
  if (!viewer.userId || viewer.role !== "READER") return;
  recordFeedReads(viewer.userId, publicIds).catch((e) => log.warn("feed reads not recorded", { error: (e as Error).message }));
}

/** An anonymous teaser view: counted per article and day, with no identity. */
export async function recordTeaserView(articleId: string, userAgent: string | null | undefined, at = new Date()) {
  if (!countsAsPerson(userAgent)) return false;
  await db().$executeRaw`
    insert into "TeaserViewDaily" ("day", "articleId", "views") values (${readDay(at)}::date, ${articleId}, 1)
    on conflict ("day", "articleId") do update set "views" = "TeaserViewDaily"."views" + 1`;
  return true;
}

/**
 * Count a read by the request's viewer: people only (not staff, not the
 * front's shared render). A signed-in reader counts as themselves; an office
 * reader who did not sign in counts for the office's licence, told apart by
 * address (hashed). Anonymous readers are not counted here.
 */
export function countViewerRead(viewer: Viewer, kind: ReadKind, itemId: string, via: string, headers: Headers) {
  const ua = headers.get("user-agent");
  if (viewer.userId && viewer.role === "READER") return recordReadSoon(kind, itemId, { userId: viewer.userId }, via, ua);
  if (!viewer.userId && viewer.office && viewer.grants.length) {
    const ip = clientIp(headers);
    if (ip !== "unknown") recordReadSoon(kind, itemId, { ip, organizationId: viewer.office.organizationId }, via, ua);
  }
}

/** A Node request's headers as a Headers object (the Pages Router's req.headers). */
export function nodeHeaders(h: Record<string, string | string[] | undefined>): Headers {
  const out = new Headers();
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(", ") : v);
  return out;
}
