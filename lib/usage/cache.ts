// The usage reports' caches (listed in lib/cache/invalidate.ts): a licence's
// report per month, and the publisher's licence list, each kept a minute per
// process. Keys carry a version of what they depend on (usageVersion), so a
// roll-up, a new licence or member, or a reader's first read of an item today
// starts a fresh copy at once.
import { db } from "../db.ts";
import { TtlCache } from "../search/cache.ts";
import type { UsageReport } from "./report.ts";
import type { LicenceRow } from "./licences.ts";

export const USAGE_CACHE_SECONDS = 60;
export const usageReports = new TtlCache<UsageReport>(500, USAGE_CACHE_SECONDS * 1000);
export const licenceRows = new TtlCache<LicenceRow[]>(4, USAGE_CACHE_SECONDS * 1000);

/**
 * What the cached figures depend on, cheaply: the roll-ups done, the licences
 * and seats, and the raw reads of the last two days (of one licence, or all).
 * A change in any starts a fresh copy; only further requests of a reader who
 * already read an item that day wait for the minute to pass.
 */
export async function usageVersion(organizationId?: string): Promise<string> {
  const r = await db().$queryRaw<{ v: string }[]>`
    select concat_ws(':',
      (select extract(epoch from max("rolledAt"))::bigint from "UsageRollup"),
      (select count(*) from "UsageRollup"),
      (select count(*) from "Organization"),
      (select count(*) from "OrganizationMember" where "suspendedAt" is null),
      (select count(*) from "ReadEvent" where "day" >= current_date - 1 and (${organizationId ?? null}::text is null or "organizationId" = ${organizationId ?? null}))
    ) as v`;
  return r[0]?.v ?? "";
}
