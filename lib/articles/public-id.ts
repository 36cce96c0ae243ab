// Public article IDs: YYMMDDNNNN — the publication date in America/New_York
// and the sequence of that day. Allocation is one atomic upsert on a per-day
// counter row, so concurrent publications get distinct, consecutive numbers
// without gaps from retries (see docs/decisions/0003-public-id-allocation.md).
import type { Db, Tx } from "../db.ts";

export const PUBLIC_ID_PATTERN = /^\d{10}$/;
export const NEWSROOM_TZ = "America/New_York";

const dayFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: NEWSROOM_TZ,
  year: "2-digit",
  month: "2-digit",
  day: "2-digit",
});

/** YYMMDD of the New York calendar day that `at` falls on. */
export function publicIdDay(at: Date): string {
  const parts = Object.fromEntries(dayFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}${parts.month}${parts.day}`;
}

export function formatPublicId(day: string, sequence: number): string {
  if (!/^\d{6}$/.test(day)) throw new Error(`bad publication day ${day}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9999) throw new Error(`sequence ${sequence} is outside 1..9999 for day ${day}`);
  return `${day}${String(sequence).padStart(4, "0")}`;
}

export function isPublicId(value: string): boolean {
  return PUBLIC_ID_PATTERN.test(value);
}

/** Allocate the next public ID for the day `publishedAt` falls on (New York time). */
export async function allocatePublicId(tx: Tx | Db, publishedAt: Date): Promise<string> {
  const day = publicIdDay(publishedAt);
  const rows = await tx.$queryRaw<{ last: number }[]>`
    insert into "PublicIdCounter" ("day", "last") values (${day}, 1)
    on conflict ("day") do update set "last" = "PublicIdCounter"."last" + 1
    returning "last"`;
  return formatPublicId(day, Number(rows[0].last));
}

/** Make sure later allocations never collide with IDs given explicitly (seed, import). */
export async function reservePublicId(tx: Tx | Db, publicId: string): Promise<void> {
  const day = publicId.slice(0, 6);
  const seq = Number(publicId.slice(6));
  await tx.$executeRaw`
    insert into "PublicIdCounter" ("day", "last") values (${day}, ${seq})
    on conflict ("day") do update set "last" = greatest("PublicIdCounter"."last", ${seq})`;
}
