// The publisher's view of every licence: seats used, reads per seat in the
// last 30 days against the 30 before, renewal date, and an "at risk" mark.
// One query over the roll-ups plus the raw events of days not rolled yet.
import "server-only";
import { z } from "zod";
import { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db.ts";
import { paymentOverdue } from "../billing/sync.ts";
import { licenceRows, usageVersion } from "./cache.ts";
import { toCsv } from "./csv.ts";
import { readDay } from "./record.ts";

export type LicenceRow = {
  id: string;
  name: string;
  seats: number;
  seatsUsed: number;
  reads30: number;
  readsPrev30: number;
  readsPerSeat: number;
  activeReaders30: number;
  renewsAt: string | null;
  status: string | null;
  risk: string[];
};

export const SORTS = ["name", "seats", "readsPerSeat", "renewsAt", "risk"] as const;
export const sortParam = z.enum(SORTS).catch("risk");
export const dirParam = z.enum(["asc", "desc"]).catch("desc");

const DAY = 86_400_000;

export const LICENCES_PER_PAGE = 50;
const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export type LicenceOverview = { q: string; rows: LicenceRow[]; total: number; page: number; pages: number; sort: (typeof SORTS)[number]; dir: "asc" | "desc" };

/** Every licence, sorted; `page` (50 a page) unless `all` (the CSV). */
export async function licenceOverview(
  opts: { sort?: unknown; dir?: unknown; page?: unknown; q?: unknown; all?: boolean } = {},
  now = new Date(),
): Promise<LicenceOverview> {
  const sort = sortParam.parse(opts.sort);
  const dir = dirParam.parse(opts.dir);
  // One minute per process (lib/usage/cache.ts); sorting and paging are done on the cached rows.
  const key = await usageVersion();
  let rows = licenceRows.get(key);
  if (!rows) licenceRows.set(key, (rows = await computeRows(now)));
  const q = typeof opts.q === "string" ? opts.q.trim().toLowerCase().slice(0, 100) : "";
  const sorted = sortRows(q ? rows.filter((r) => r.name.toLowerCase().includes(q)) : rows, sort, dir);
  const pages = Math.max(1, Math.ceil(sorted.length / LICENCES_PER_PAGE));
  const page = Math.min(pageParam.parse(opts.page ?? 1), pages);
  const shown = opts.all ? sorted : sorted.slice((page - 1) * LICENCES_PER_PAGE, page * LICENCES_PER_PAGE);
  return { q, rows: shown, total: sorted.length, page, pages, sort, dir };
}

async function computeRows(now: Date): Promise<LicenceRow[]> {
  const d30 = readDay(new Date(now.getTime() - 30 * DAY));
  const d60 = readDay(new Date(now.getTime() - 60 * DAY));
  const notRolled = Prisma.sql`not exists (select 1 from "UsageRollup" r where r."day" = e."day")`;
  const rows = await db().$queryRaw<
    { id: string; name: string; seats: number; used: number; r30: number; p30: number; a30: number; renews: Date | null; status: string | null }[]
  >`
    with reads as (
      select "organizationId" as org, "day", "readerKey", "total" from "UsageReaderDaily" where "kind" = 'ARTICLE' and "day" >= ${d60}::date
      union all
      select e."organizationId", e."day", e."readerKey", e."requests" from "ReadEvent" e
        where e."kind" = 'ARTICLE' and e."organizationId" is not null and e."day" >= ${d60}::date and ${notRolled}
    ), agg as (
      select org,
        coalesce(sum("total") filter (where "day" >= ${d30}::date), 0)::int as r30,
        coalesce(sum("total") filter (where "day" < ${d30}::date), 0)::int as p30,
        count(distinct "readerKey") filter (where "day" >= ${d30}::date)::int as a30
      from reads group by org
    )
    select o."id", o."name", o."seats",
      (select count(*) from "OrganizationMember" m where m."organizationId" = o."id" and m."suspendedAt" is null)::int as used,
      coalesce(agg.r30, 0) as r30, coalesce(agg.p30, 0) as p30, coalesce(agg.a30, 0) as a30,
      s."currentPeriodEnd" as renews, s."status"::text as status
    from "Organization" o
    left join agg on agg.org = o."id"
    left join lateral (select "currentPeriodEnd", "status" from "Subscription" where "organizationId" = o."id" order by "createdAt" desc limit 1) s on true`;
  const out: LicenceRow[] = rows.map((r) => {
    const risk: string[] = [];
    const daysToRenewal = r.renews ? (r.renews.getTime() - now.getTime()) / DAY : null;
    if (r.p30 >= 10 && r.r30 < r.p30 * 0.7) risk.push(`reads down ${Math.round((1 - r.r30 / r.p30) * 100)}%`);
    if (r.used > 0 && r.a30 < r.used * 0.5) risk.push(`${r.used - Math.min(r.a30, r.used)} of ${r.used} seats unused in 30 days`);
    if (r.used === 0) risk.push("no members");
    if (paymentOverdue(r.status)) risk.push("payment overdue");
    if (daysToRenewal !== null && daysToRenewal >= 0 && daysToRenewal <= 60 && risk.length) risk.push(`renews in ${Math.ceil(daysToRenewal)} days`);
    return {
      id: r.id,
      name: r.name,
      seats: r.seats,
      seatsUsed: r.used,
      reads30: r.r30,
      readsPrev30: r.p30,
      readsPerSeat: r.used ? Math.round((r.r30 / r.used) * 10) / 10 : 0,
      activeReaders30: r.a30,
      renewsAt: r.renews?.toISOString() ?? null,
      status: r.status,
      risk,
    };
  });
  return out;
}

function sortRows(rows: LicenceRow[], sort: (typeof SORTS)[number], dir: "asc" | "desc"): LicenceRow[] {
  const out = [...rows];
  const key = (r: LicenceRow): string | number =>
    sort === "name"
      ? r.name.toLowerCase()
      : sort === "seats"
        ? r.seats
        : sort === "readsPerSeat"
          ? r.readsPerSeat
          : sort === "renewsAt"
            ? (r.renewsAt ?? "9999")
            : r.risk.length;
  out.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name);
    return dir === "asc" ? c : -c;
  });
  return out;
}

export function licencesCsv(rows: LicenceRow[]): string {
  const head = ["Licence", "Seats", "Seats used", "Article requests (30 days)", "Previous 30 days", "Reads per seat (30 days)", "Renews", "Status", "At risk"];
  const body = rows.map((r) => [
    r.name,
    r.seats,
    r.seatsUsed,
    r.reads30,
    r.readsPrev30,
    r.readsPerSeat,
    r.renewsAt?.slice(0, 10) ?? "",
    r.status ?? "",
    r.risk.join("; "),
  ]);
  return toCsv([head, ...body]);
}
