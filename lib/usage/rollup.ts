// Rolling raw reads up into daily counts, and forgetting raw reads after
// READ_EVENTS_DAYS. A day's roll-up is rebuilt from its raw events (delete,
// then insert, in one transaction), so running it again is harmless. Days
// before today are marked rolled; reports read roll-ups for rolled days and
// raw events for the rest (lib/usage/report.ts), so figures are live.
import { config } from "../config.ts";
import { db } from "../db.ts";
import { logger } from "../log.ts";
import { readDay } from "./record.ts";

const log = logger("usage-rollup");

/** Rebuild one day's roll-ups from its raw events. */
export async function rollupDay(day: string, final: boolean): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`usage-rollup:${day}`}))`;
    await tx.$executeRaw`delete from "UsageReaderDaily" where "day" = ${day}::date`;
    await tx.$executeRaw`delete from "UsageTopicDaily" where "day" = ${day}::date`;
    await tx.$executeRaw`delete from "UsageArticleDaily" where "day" = ${day}::date`;
    await tx.$executeRaw`
      insert into "UsageReaderDaily" ("day", "organizationId", "readerKey", "userId", "kind", "total", "unique", "feed")
      select "day", "organizationId", "readerKey", max("userId"), "kind", sum("requests")::int, count(*)::int, (count(*) filter (where "feedRequests" > 0))::int
      from "ReadEvent" where "day" = ${day}::date and "organizationId" is not null
      group by "day", "organizationId", "readerKey", "kind"`;
    await tx.$executeRaw`
      insert into "UsageArticleDaily" ("day", "organizationId", "articleId", "total", "unique")
      select e."day", e."organizationId", a."id", sum(e."requests")::int, count(*)::int
      from "ReadEvent" e join "Article" a on a."publicId" = e."itemId"
      where e."day" = ${day}::date and e."kind" = 'ARTICLE' and e."organizationId" is not null
      group by e."day", e."organizationId", a."id"`;
    await tx.$executeRaw`
      insert into "UsageTopicDaily" ("day", "organizationId", "topicId", "total", "unique")
      select e."day", e."organizationId", t."topicId", sum(e."requests")::int, count(*)::int
      from "ReadEvent" e join "Article" a on a."publicId" = e."itemId" join "ArticleTopic" t on t."articleId" = a."id"
      where e."day" = ${day}::date and e."kind" = 'ARTICLE' and e."organizationId" is not null
      group by e."day", e."organizationId", t."topicId"`;
    if (final) await tx.$executeRaw`insert into "UsageRollup" ("day") values (${day}::date) on conflict ("day") do update set "rolledAt" = now()`;
  });
}

/** Roll up every finished day not rolled yet, then delete raw events older than READ_EVENTS_DAYS. */
export async function rollupAndPrune(now = new Date()): Promise<{ rolled: number; pruned: number }> {
  const today = readDay(now);
  const days = await db().$queryRaw<{ day: string }[]>`
    select distinct to_char(e."day", 'YYYY-MM-DD') as day from "ReadEvent" e
    where e."day" < ${today}::date and not exists (select 1 from "UsageRollup" r where r."day" = e."day")
    order by 1`;
  for (const { day } of days) await rollupDay(day, true);
  const keep = config().READ_EVENTS_DAYS;
  const pruned = await db().$executeRaw`
    delete from "ReadEvent" e where e."day" < ${today}::date - ${keep}::int
      and exists (select 1 from "UsageRollup" r where r."day" = e."day")`;
  if (days.length || pruned) log.info("reads rolled up", { days: days.length, prunedRawEvents: pruned, keepDays: keep });
  return { rolled: days.length, pruned };
}
