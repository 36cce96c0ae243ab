// Office IP ranges of site licences (issue 18, decision 22): which licence, if
// any, an address reads under. The one place that answers it; the request's
// address itself comes from lib/request.ts (clientIp).
//
// Every request without a session asks, so the answer comes from a small
// table held in memory: every range with its licence's name and subscriptions,
// loaded in one query, refreshed after RANGE_TABLE_SECONDS, and emptied at once by
// lib/cache/invalidate.ts (officeRangesChanged) when a licence's ranges
// change in this process. Other processes see a change within the same time.
import ipaddr from "ipaddr.js";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { noteDatabaseError } from "../db-health.ts";
import { logger } from "../log.ts";
import { accessPolicy } from "./policy.ts";
import { grantIsActive, type Grant } from "./rules.ts";

export type RangeLicence = { organizationId: string; name: string; grants: Grant[] };

/** How long a process keeps the table (a range another process removed stops granting within this time). */
export const RANGE_TABLE_SECONDS = 30;

type Row = { net: [ipaddr.IPv4 | ipaddr.IPv6, number]; kind: "ipv4" | "ipv6"; licence: RangeLicence };
type Table = { rows: Row[]; loadedAt: number };

const log = logger("ip-ranges");
type State = { table: Table | null; loading: Promise<Table> | null; generation: number };
const g = globalThis as unknown as { __tldRanges?: State };
const state = (): State => (g.__tldRanges ??= { table: null, loading: null, generation: 0 });

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

/**
 * The table: fresh for RANGE_TABLE_SECONDS; after that the old one keeps
 * answering while one reload runs (so requests never wait on the database,
 * and a database outage leaves the last table in force). After
 * forgetOfficeRanges() there is no old table: the next request waits for the
 * reload, so a removed range stops granting at once.
 */
function table(): Promise<Table> | Table {
  const s = state();
  if (s.table && Date.now() - s.table.loadedAt < RANGE_TABLE_SECONDS * 1000) return s.table;
  if (!s.loading) {
    const generation = s.generation;
    const loading = load();
    s.loading = loading;
    loading.then(
      (t) => {
        if (s.generation === generation) s.table = t;
      },
      (e) => {
        noteDatabaseError(e, config().DATABASE_URL);
        log.warn("office ranges not reloaded", { error: (e as Error).message });
      },
    );
    void loading
      .finally(() => {
        if (s.loading === loading) s.loading = null;
      })
      .catch(() => {});
  }
  return s.table ?? s.loading!;
}

/** Empty the table (lib/cache/invalidate.ts calls it when ranges change): the next request reloads it. */
export function forgetOfficeRanges(): void {
  const s = state();
  s.generation++;
  s.table = null;
  s.loading = null;
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
