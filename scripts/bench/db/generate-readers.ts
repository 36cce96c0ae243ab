// Readers: $1 users with a realistic mix of access. Of every 100:
// 25 belong to one of the organisations (site licence), 55 have an active
// individual subscription, 8 a canceled one, 5 one past due, 7 only a free
// preview (running or expired). One organisation per 40 readers.
import type pg from "pg";

export const READERS_SQL = `
with n as (select $1::int as readers, greatest(1, $1::int / 40) as orgs),
o as (
  insert into "Organization" ("id", "name", "seats", "allowedDomains", "createdAt")
  select 'bench-org-' || i, 'Bench Importers ' || i, 10 + i % 40, array['org' || i || '.bench.example'], now() - interval '400 days'
  from n, generate_series(1, n.orgs) i
  returning "id"
),
os as (
  insert into "Subscription" ("id", "organizationId", "stripeSubscriptionId", "plan", "status", "currentPeriodEnd", "createdAt", "updatedAt")
  select 'bench-sub-org-' || i, 'bench-org-' || i, 'sub_bench_org_' || i, 'site-licence', 'ACTIVE', now() + ((30 + i % 300) || ' days')::interval, now(), now()
  from n, generate_series(1, n.orgs) i where exists (select 1 from o)
  returning "id"
),
u as (
  insert into "User" ("id", "email", "name", "role", "emailVerified", "previewStartedAt", "previewEndsAt", "createdAt", "updatedAt")
  select 'bench-u-' || i,
    case when i % 100 < 25 then 'reader' || i || '@org' || (1 + i % n.orgs) || '.bench.example' else 'reader' || i || '@bench.example' end,
    'Bench Reader ' || i, 'READER', now() - interval '30 days',
    now() - ((20 + i % 500) || ' days')::interval,
    case when i % 100 >= 93 and i % 2 = 0 then now() + interval '5 days' else now() - ((6 + i % 480) || ' days')::interval end,
    now() - ((20 + i % 500) || ' days')::interval, now()
  from n, generate_series(1, n.readers) i
  returning "id"
),
m as (
  insert into "OrganizationMember" ("organizationId", "userId", "isAdmin", "joinedAt")
  select 'bench-org-' || (1 + i % n.orgs), 'bench-u-' || i, i % 100 = 0, now() - interval '100 days'
  from n, generate_series(1, n.readers) i where i % 100 < 25 and exists (select 1 from u) and exists (select 1 from o)
  returning 1
)
insert into "Subscription" ("id", "userId", "stripeSubscriptionId", "plan", "status", "currentPeriodEnd", "pastDueSince", "createdAt", "updatedAt")
select 'bench-sub-u-' || i, 'bench-u-' || i, 'sub_bench_u_' || i,
  case when i % 3 = 0 then 'individual-annual' else 'individual-monthly' end,
  (case when i % 100 < 80 then 'ACTIVE' when i % 100 < 88 then 'CANCELED' else 'PAST_DUE' end)::"SubscriptionStatus",
  case when i % 100 < 80 then now() + ((1 + i % 30) || ' days')::interval else now() - ((1 + i % 60) || ' days')::interval end,
  case when i % 100 >= 88 then now() - ((1 + i % 20) || ' days')::interval end,
  now() - ((20 + i % 500) || ' days')::interval, now()
from n, generate_series(1, n.readers) i
where i % 100 >= 25 and i % 100 < 93 and exists (select 1 from u)`;

export async function insertReaders(client: pg.Client, readers: number) {
  await client.query(READERS_SQL, [readers]);
}
