// Fixed-window counters in PostgreSQL: shared by every instance and kept
// across restarts. One atomic upsert per hit.
import { db } from "./db.ts";

export type LimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

export async function hitLimit(key: string, limit: number, windowSeconds: number): Promise<LimitResult> {
  const rows = await db().$queryRaw<{ count: number; windowStart: Date }[]>`
    insert into "RateLimit" ("key", "count", "windowStart") values (${key}, 1, now())
    on conflict ("key") do update set
      "count" = case when "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}) then 1 else "RateLimit"."count" + 1 end,
      "windowStart" = case when "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}) then now() else "RateLimit"."windowStart" end
    returning "count", "windowStart"`;
  const { count, windowStart } = rows[0];
  const retryAfterSeconds = Math.max(1, Math.ceil((new Date(windowStart).getTime() + windowSeconds * 1000 - Date.now()) / 1000));
  return { allowed: Number(count) <= limit, remaining: Math.max(0, limit - Number(count)), retryAfterSeconds };
}

/** Where a counter stands, without counting a hit (for limits on failures only: count them with hitLimit after the fact). */
export async function peekLimit(key: string, limit: number, windowSeconds: number): Promise<LimitResult> {
  const row = await db().rateLimit.findUnique({ where: { key }, select: { count: true, windowStart: true } });
  const ends = row ? row.windowStart.getTime() + windowSeconds * 1000 : 0;
  if (!row || ends <= Date.now()) return { allowed: true, remaining: limit, retryAfterSeconds: 0 };
  return { allowed: row.count < limit, remaining: Math.max(0, limit - row.count), retryAfterSeconds: Math.max(1, Math.ceil((ends - Date.now()) / 1000)) };
}
