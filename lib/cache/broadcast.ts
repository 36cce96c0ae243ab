// The invalidation broadcast between app instances (decision 35). Caches that
// live in one process's memory (search answers, the office range table) are
// emptied in every instance: the instance where the change happened sends a
// PostgreSQL NOTIFY on one channel, and every instance (itself included)
// LISTENs on a connection of its own, started from instrumentation.ts, and
// empties its copies on each message. A listener that lost its connection
// empties everything when it is back (it may have missed a message) and keeps
// trying every second meanwhile.
//
// What is shared in PostgreSQL needs no broadcast: Next's page cache
// (lib/cache/next-cache-handler.mjs), rate limits (lib/rate-limit.ts).
import pg from "pg";
import { config } from "../config.ts";
import { logger } from "../log.ts";
import { db } from "../db.ts";
import { searchResults } from "../search/cache.ts";
import { forgetOfficeRanges } from "../access/ip-ranges.ts";

const log = logger("broadcast");

export const CHANNEL = "tld_invalidate";

/** What changed: a publication (search answers may be stale) or a licence's office ranges. */
export type Change = "publication" | "office-ranges";
const CHANGES: Change[] = ["publication", "office-ranges"];

/** Empty this process's in-memory copies of what `change` affects. */
export function emptyHere(change: Change): void {
  if (change === "publication") searchResults.clear();
  else forgetOfficeRanges();
}

/** Tell every instance (this one included) to empty what `change` affects. Never throws: a lost message only waits for the caches' TTLs. */
export async function broadcast(change: Change): Promise<void> {
  emptyHere(change);
  try {
    await db().$executeRaw`select pg_notify(${CHANNEL}, ${change})`;
  } catch (e) {
    log.warn("could not tell the other instances; their copies expire on their own", { change, error: (e as Error).message });
  }
}

type Listener = { stopped: boolean };
const g = globalThis as unknown as { __tldBroadcast?: Listener };

/** Start this process's listener (once; not while `next build` prerenders, which serves no one). */
export function startListening(): void {
  if (g.__tldBroadcast || process.env.NEXT_PHASE === "phase-production-build") return;
  const url = config().DATABASE_URL;
  if (!url) return;
  const state: Listener = (g.__tldBroadcast = { stopped: false });
  let missed = false;
  const connect = async () => {
    if (state.stopped) return;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    let retried = false;
    const retry = () => {
      if (retried) return;
      retried = true;
      missed = true;
      client.end().catch(() => {});
      if (!state.stopped) setTimeout(() => void connect(), 1000).unref();
    };
    client.on("error", retry);
    client.on("end", retry);
    client.on("notification", (m) => {
      const change = CHANGES.find((c) => c === m.payload);
      if (change) emptyHere(change);
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      if (missed) {
        for (const c of CHANGES) emptyHere(c);
        log.info("listening again; emptied every in-memory cache in case a message was missed");
      }
    } catch (e) {
      log.warn("cannot listen for invalidations yet; retrying", { error: (e as Error).message });
      retry();
    }
  };
  void connect();
}
