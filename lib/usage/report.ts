// The licence's usage report, in COUNTER Release 5 terms: Total_Item_Requests
// (every request) and Unique_Item_Requests (one per reader per item per day).
// Roll-ups for rolled days, raw events for the rest (lib/usage/rollup.ts), so
// today's reads show at once. Returns small, render-ready objects; the page,
// the CSV and the chart all use these same numbers.
import { z } from "zod";
import { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db.ts";
import { usageVersion, usageReports } from "./cache.ts";
import { toCsv } from "./csv.ts";
import { readDay } from "./record.ts";

export const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export type MonthRange = { month: string; from: string; to: string; days: string[]; label: string };

/** The month asked for (YYYY-MM), or the current New York month. */
export function monthRange(input: unknown, now = new Date()): MonthRange {
  const month = monthParam.safeParse(input).success ? (input as string) : readDay(now).slice(0, 7);
  const [y, m] = month.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const next = new Date(Date.UTC(y, m, 1));
  const days: string[] = [];
  for (let d = first; d < next; d = new Date(d.getTime() + 86_400_000)) days.push(d.toISOString().slice(0, 10));
  const label = first.toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
  return { month, from: days[0], to: next.toISOString().slice(0, 10), days, label };
}

/** The month before and after, for the picker. */
export function neighbours(month: string): { prev: string; next: string } {
  const [y, m] = month.split("-").map(Number);
  const p = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
  const n = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
  return { prev: p, next: n };
}

const notRolled = Prisma.sql`not exists (select 1 from "UsageRollup" r where r."day" = e."day")`;

/** Per reader, per kind, per day: roll-ups plus raw events of days not rolled up yet. */
function readerRows(org: string, from: string, to: string) {
  return Prisma.sql`(
    select "readerKey", "userId", "kind"::text as kind, "day", "total", "unique", "feed" from "UsageReaderDaily"
      where "organizationId" = ${org} and "day" >= ${from}::date and "day" < ${to}::date
    union all
    select e."readerKey", max(e."userId"), e."kind"::text, e."day", sum(e."requests")::int, count(*)::int,
      (count(*) filter (where e."feedRequests" > 0))::int from "ReadEvent" e
      where e."organizationId" = ${org} and e."day" >= ${from}::date and e."day" < ${to}::date and ${notRolled}
      group by e."readerKey", e."kind", e."day"
  )`;
}

export type MemberUsage = {
  readerKey: string;
  label: string;
  articleTotal: number;
  articleUnique: number;
  documentDownloads: number;
  editionDownloads: number;
  /** Articles a private full-text feed served this reader in full, one per article per day (decision 31): part of articleUnique. */
  feedReads: number;
};
export type TopicUsage = { topic: string; total: number; unique: number };
export type ArticleUsage = { publicId: string; headline: string; total: number; unique: number };

export type UsageReport = {
  range: MonthRange;
  totals: { articleTotal: number; articleUnique: number; documentDownloads: number; editionDownloads: number; feedReads: number };
  members: MemberUsage[];
  topics: TopicUsage[];
  topArticles: ArticleUsage[];
  daily: { day: string; total: number }[];
  idle: { email: string; joinedAt: string }[];
};

/**
 * The report, from a cache of one minute per licence and month (lib/usage/cache.ts):
 * figures are "as of a minute ago", and a roll-up starts a fresh copy.
 */
export async function usageReport(organizationId: string, monthInput: unknown, now = new Date()): Promise<UsageReport> {
  const range = monthRange(monthInput, now);
  const key = `${organizationId}:${range.month}:${await usageVersion(organizationId)}`;
  const hit = usageReports.get(key);
  if (hit) return hit;
  const report = await computeUsageReport(organizationId, range, now);
  usageReports.set(key, report);
  return report;
}

async function computeUsageReport(organizationId: string, range: MonthRange, now: Date): Promise<UsageReport> {
  const { from, to } = range;
  const rows = readerRows(organizationId, from, to);
  const [members, daily, topics, top, idle] = await Promise.all([
    db().$queryRaw<{ readerKey: string; email: string | null; at: number; au: number; dd: number; ed: number; fr: number }[]>`
      select r."readerKey", u."email",
        coalesce(sum(r."total") filter (where r.kind = 'ARTICLE'), 0)::int as at,
        coalesce(sum(r."unique") filter (where r.kind = 'ARTICLE'), 0)::int as au,
        coalesce(sum(r."total") filter (where r.kind = 'DOCUMENT'), 0)::int as dd,
        coalesce(sum(r."total") filter (where r.kind = 'EDITION'), 0)::int as ed,
        coalesce(sum(r."feed") filter (where r.kind = 'ARTICLE'), 0)::int as fr
      from ${rows} r left join "User" u on u."id" = r."userId"
      group by r."readerKey", u."email" order by at desc, u."email" nulls last`,
    db().$queryRaw<{ day: string; total: number }[]>`
      select to_char(r."day", 'YYYY-MM-DD') as day, sum(r."total")::int as total from ${rows} r where r.kind = 'ARTICLE' group by r."day"`,
    db().$queryRaw<{ topic: string; total: number; unique: number }[]>`
      select t."name" as topic, sum(x."total")::int as total, sum(x."unique")::int as unique from (
        select "topicId", "total", "unique" from "UsageTopicDaily"
          where "organizationId" = ${organizationId} and "day" >= ${from}::date and "day" < ${to}::date
        union all
        select at."topicId", e."requests", 1 from "ReadEvent" e
          join "Article" a on a."publicId" = e."itemId" join "ArticleTopic" at on at."articleId" = a."id"
          where e."organizationId" = ${organizationId} and e."kind" = 'ARTICLE' and e."day" >= ${from}::date and e."day" < ${to}::date and ${notRolled}
      ) x join "Topic" t on t."id" = x."topicId" group by t."name" order by total desc, t."name"`,
    db().$queryRaw<{ publicId: string; headline: string; total: number; unique: number }[]>`
      with x as (
        select "articleId", "total", "unique" from "UsageArticleDaily"
          where "organizationId" = ${organizationId} and "day" >= ${from}::date and "day" < ${to}::date
        union all
        select a2."id", e."requests", 1 from "ReadEvent" e join "Article" a2 on a2."publicId" = e."itemId"
          where e."organizationId" = ${organizationId} and e."kind" = 'ARTICLE' and e."day" >= ${from}::date and e."day" < ${to}::date and ${notRolled}
      ), top as (
        -- Add up first, then look up only the ten articles shown.
        select "articleId", sum("total")::int as total, sum("unique")::int as unique from x group by "articleId" order by 2 desc, 1 desc limit 10
      )
      select a."publicId", a."headline", top.total, top.unique from top join "Article" a on a."id" = top."articleId" order by top.total desc, a."publicId" desc`,
    idleMembers(organizationId, now),
  ]);
  const byDay = new Map(daily.map((d) => [d.day, d.total]));
  const memberRows: MemberUsage[] = members.map((m) => ({
    readerKey: m.readerKey,
    label: m.email ?? "Office network (IP range, not signed in)",
    articleTotal: m.at,
    articleUnique: m.au,
    documentDownloads: m.dd,
    editionDownloads: m.ed,
    feedReads: m.fr,
  }));
  const sum = (k: keyof Omit<MemberUsage, "readerKey" | "label">) => memberRows.reduce((n, m) => n + m[k], 0);
  return {
    range,
    totals: {
      articleTotal: sum("articleTotal"),
      articleUnique: sum("articleUnique"),
      documentDownloads: sum("documentDownloads"),
      editionDownloads: sum("editionDownloads"),
      feedReads: sum("feedReads"),
    },
    members: memberRows,
    topics,
    topArticles: top,
    daily: range.days.map((day) => ({ day, total: byDay.get(day) ?? 0 })),
    idle,
  };
}

/** Members holding a seat who have not read anything in 90 days: seats the firm could give to someone else. */
export async function idleMembers(organizationId: string, now = new Date()): Promise<{ email: string; joinedAt: string }[]> {
  const since = readDay(new Date(now.getTime() - 90 * 86_400_000));
  const rows = await db().$queryRaw<{ email: string; joinedAt: Date }[]>`
    select u."email", m."joinedAt" from "OrganizationMember" m join "User" u on u."id" = m."userId"
    where m."organizationId" = ${organizationId} and m."suspendedAt" is null
      and not exists (select 1 from "UsageReaderDaily" d where d."organizationId" = ${organizationId} and d."readerKey" = m."userId" and d."day" >= ${since}::date)
      and not exists (select 1 from "ReadEvent" e where e."readerKey" = m."userId" and e."day" >= ${since}::date)
    order by m."joinedAt"`;
  return rows.map((r) => ({ email: r.email, joinedAt: r.joinedAt.toISOString() }));
}

/** The report as CSV: the same numbers as the page, section by section. */
export function usageCsv(orgName: string, r: UsageReport): string {
  const lines: (string | number)[][] = [
    ["Report", "Trade Law Daily usage (COUNTER Release 5 terms)"],
    ["Licence", orgName],
    ["Month", r.range.month],
    [],
    ["Section", "Name", "Total_Item_Requests", "Unique_Item_Requests", "Document downloads", "Edition downloads", "Feed reads"],
    ["Total", "All readers", r.totals.articleTotal, r.totals.articleUnique, r.totals.documentDownloads, r.totals.editionDownloads, r.totals.feedReads],
    ...r.members.map((m) => ["Member", m.label, m.articleTotal, m.articleUnique, m.documentDownloads, m.editionDownloads, m.feedReads]),
    ...r.topics.map((t) => ["Topic", t.topic, t.total, t.unique, "", ""]),
    ...r.topArticles.map((a) => ["Top article", `${a.headline} (${a.publicId})`, a.total, a.unique, "", ""]),
    ...r.daily.map((d) => ["Day", d.day, d.total, "", "", ""]),
    ...r.idle.map((m) => ["No reads in 90 days", m.email, "", "", "", ""]),
  ];
  return toCsv(lines);
}
