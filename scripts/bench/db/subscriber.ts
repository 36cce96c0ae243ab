// The signed-in reader of the subscriber scenario, made the way next-auth
// makes one (see tests/support/fixtures.ts): a user with an active
// individual subscription and a live Session row; the cookie carries its token.
import { randomBytes } from "node:crypto";
import { withClient } from "./cluster.ts";

export const BENCH_SUBSCRIBER = "bench-subscriber@bench.example";

export async function benchSubscriberCookie(url: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await withClient(url, async (c) => {
    await c.query(
      `insert into "User" ("id", "email", "name", "role", "emailVerified", "createdAt", "updatedAt")
       values ('bench-subscriber', $1, 'Bench Subscriber', 'READER', now(), now(), now()) on conflict ("id") do nothing`,
      [BENCH_SUBSCRIBER],
    );
    await c.query(
      `insert into "Subscription" ("id", "userId", "plan", "status", "currentPeriodEnd", "createdAt", "updatedAt")
       values ('bench-subscriber-sub', 'bench-subscriber', 'individual-monthly', 'ACTIVE', now() + interval '30 days', now(), now())
       on conflict ("id") do update set "status" = 'ACTIVE', "currentPeriodEnd" = excluded."currentPeriodEnd"`,
    );
    await c.query(`delete from "Session" where "userId" = 'bench-subscriber'`);
    await c.query(`insert into "Session" ("id", "sessionToken", "userId", "expires") values ($1, $2, 'bench-subscriber', now() + interval '30 days')`, [
      `bench-session-${token.slice(0, 12)}`,
      token,
    ]);
  });
  return `next-auth.session-token=${token}`;
}

export type ArchiveEntry = { publicId: string; slug: string };

/** Every published article's public ID and slug, to build request paths from. */
export async function publishedArticles(url: string): Promise<ArchiveEntry[]> {
  return withClient(url, async (c) => {
    const r = await c.query<ArchiveEntry>(
      `select "publicId", "slug" from "Article" where "status" = 'PUBLISHED' and "publicId" is not null and "publishedAt" <= (now() at time zone 'UTC') order by "publicId"`,
    );
    return r.rows;
  });
}

export async function topicSlugs(url: string): Promise<string[]> {
  return withClient(url, async (c) => (await c.query<{ slug: string }>(`select "slug" from "Topic" order by "slug"`)).rows.map((r) => r.slug));
}

async function sessionFor(c: import("pg").Client, userId: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await c.query(`insert into "Session" ("id", "sessionToken", "userId", "expires") values ($1, $2, $3, now() + interval '30 days')`, [
    `bench-session-${token.slice(0, 12)}`,
    token,
    userId,
  ]);
  return `next-auth.session-token=${token}`;
}

/**
 * The people of the report scenarios: the administrator of the licence with
 * the most members (its usage page), and a newsroom admin (the licences page).
 */
export async function benchReportViewers(url: string): Promise<{ orgId: string; orgAdminCookie: string; adminCookie: string } | null> {
  return withClient(url, async (c) => {
    const r = await c.query<{ userId: string; organizationId: string }>(
      `select m."userId", m."organizationId" from "OrganizationMember" m where m."isAdmin"
       order by (select count(*) from "OrganizationMember" x where x."organizationId" = m."organizationId") desc, m."organizationId" limit 1`,
    );
    if (!r.rows[0]) return null;
    await c.query(
      `insert into "User" ("id", "email", "name", "role", "emailVerified", "createdAt", "updatedAt")
       values ('bench-admin', 'bench-admin@bench.example', 'Bench Admin', 'ADMIN', now(), now(), now()) on conflict ("id") do nothing`,
    );
    return { orgId: r.rows[0].organizationId, orgAdminCookie: await sessionFor(c, r.rows[0].userId), adminCookie: await sessionFor(c, "bench-admin") };
  });
}
