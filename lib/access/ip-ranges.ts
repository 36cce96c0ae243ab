// Office IP ranges of site licences (issue 18, decision 22): which licence, if
// any, an address reads under. The one place that answers it; the request's
// address itself comes from lib/request.ts (clientIp).
//
// Every request without a session asks, so the answer comes from a small
// table held in memory: every range with its licence's name and subscriptions,
// loaded in one query, kept RANGE_TABLE_SECONDS, and emptied at once by
// lib/cache/invalidate.ts (officeRangesChanged) when a licence's ranges
// change in this process. Other processes see a change within the same time.
import ipaddr from "ipaddr.js";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { accessPolicy } from "./policy.ts";
import { grantIsActive, type Grant } from "./rules.ts";

export type RangeLicence = { organizationId: string; name: string; grants: Grant[] };

/** How long a process keeps the table (a range another process removed stops granting within this time). */
export const RANGE_TABLE_SECONDS = 30;

type Row = { net: [ipaddr.IPv4 | ipaddr.IPv6, number]; kind: "ipv4" | "ipv6"; licence: RangeLicence };
type Table = { rows: Row[]; loadedAt: number };

const log = logger("ip-ranges");
const g = globalThis as unknown as { __tldRangeTable?: Promise<Table> | null; __tldRangeGeneration?: number };

async function load(): Promise<Table> {
  const ranges = await db().officeRange.findMany({
    select: {
      cidr: true,
      organization: {
        select: {
          id: true,
          name: true,
          subscriptions: { select: { status: true, currentPeriodEnd: true, cancelAtPeriodEnd: true, pastDueSince: true } },
        },
      },
    },
  });
  const rows: Row[] = [];
  for (const r of ranges) {
    try {
      const net = ipaddr.parseCIDR(r.cidr);
      const grants = r.organization.subscriptions.map((s) => ({ ...s, source: "ip-range" as const }));
      rows.push({ net, kind: net[0].kind(), licence: { organizationId: r.organization.id, name: r.organization.name, grants } });
    } catch {
      log.warn("unparsable office range skipped", { cidr: r.cidr });
    }
  }
  return { rows, loadedAt: Date.now() };
}

function table(): Promise<Table> {
  const current = g.__tldRangeTable;
  if (current) return current;
  const generation = g.__tldRangeGeneration ?? 0;
  const loading = load().then(
    (t) => t,
    (e) => {
      // A failed load is not kept: the next request tries again.
      if (g.__tldRangeTable === loading) g.__tldRangeTable = null;
      throw e;
    },
  );
  g.__tldRangeTable = loading;
  void loading.then(
    (t) => {
      const left = RANGE_TABLE_SECONDS * 1000 - (Date.now() - t.loadedAt);
      setTimeout(
        () => {
          if (g.__tldRangeTable === loading && (g.__tldRangeGeneration ?? 0) === generation) g.__tldRangeTable = null;
        },
        Math.max(0, left),
      ).unref?.();
    },
    () => {},
  );
  return loading;
}

/** Empty the table (lib/cache/invalidate.ts calls it when ranges change): the next request reloads it. */
export function forgetOfficeRanges(): void {
  g.__tldRangeGeneration = (g.__tldRangeGeneration ?? 0) + 1;
  g.__tldRangeTable = null;
}

/** The licence whose office ranges contain this address, or null. */
export async function licenceInRange(ip: string): Promise<RangeLicence | null> {
  if (!ipaddr.isValid(ip)) return null;
  let a = ipaddr.parse(ip);
  if (a.kind() === "ipv6" && (a as ipaddr.IPv6).isIPv4MappedAddress()) a = (a as ipaddr.IPv6).toIPv4Address();
  const { rows } = await table();
  const hit = rows.find((r) => r.kind === a.kind() && a.match(r.net as never));
  return hit?.licence ?? null;
}

/**
 * The licence an address reads under: its range's licence, when that licence's
 * subscription grants reading now (the same rule as for members: grantIsActive
 * under the configured policy); else null. A failed lookup (database away) is
 * null: nobody is let in by an error.
 */
export async function licenceForAddress(ip: string, now = new Date()): Promise<RangeLicence | null> {
  try {
    const licence = await licenceInRange(ip);
    const policy = accessPolicy();
    return licence && licence.grants.some((gr) => grantIsActive(gr, now, policy)) ? licence : null;
  } catch (e) {
    log.warn("office range lookup failed", { error: (e as Error).message });
    return null;
  }
}
