// "Published and visible to readers": one definition, in the two forms the
// code needs (a Prisma `where` and an SQL condition). Every reader-facing
// query selects through one of them; tests/integration/access-parity.test.ts
// holds the two forms to the same rows.
import { Prisma } from "../generated/prisma/client.ts";

/** The rule: status PUBLISHED, a public ID allocated, and a publication time not after now. */
const STATUS = "PUBLISHED" as const;

/** Prisma form. `now` defaults to the moment of the call. */
export function publishedWhere(now: Date = new Date()) {
  return { status: STATUS, publicId: { not: null }, publishedAt: { lte: now } };
}

/** SQL form for raw queries, on the article table under `alias` (the database's clock, in UTC, is now). */
export function publishedSql(alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`publishedSql: bad alias ${alias}`);
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${a}."status" = ${Prisma.raw(`'${STATUS}'`)} and ${a}."publicId" is not null and ${a}."publishedAt" <= (now() at time zone 'UTC')`;
}
