// The one Prisma client. Only lib/** imports this module (house rule): pages
// and route handlers call domain functions instead.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { config } from "./config.ts";
import { noteDatabaseError } from "./db-health.ts";

type BaseClient = InstanceType<typeof PrismaClient>;

// The extension only observes errors; the client's API is unchanged, so it keeps the base type.
function withHealth(client: BaseClient, url: string): BaseClient {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (e) {
          noteDatabaseError(e, url);
          throw e;
        }
      },
    },
  }) as unknown as BaseClient;
}

export type Db = BaseClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { tldPrisma?: Db; tldPrismaUrl?: string };

export function createDb(url: string, max = 10): Db {
  return withHealth(new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max, connectionTimeoutMillis: 5000 }) }), url);
}

/** The shared client for DATABASE_URL; reused across hot reloads in development. */
export function db(): Db {
  const url = config().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide one.");
  if (!globalForDb.tldPrisma || globalForDb.tldPrismaUrl !== url) {
    globalForDb.tldPrisma = createDb(url);
    globalForDb.tldPrismaUrl = url;
  }
  return globalForDb.tldPrisma;
}
