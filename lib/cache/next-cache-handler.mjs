// Next's page cache (ISR: the Pages Router's home and teaser pages, the App
// Router's cached listings, feed and sitemap) in PostgreSQL, shared by every
// `next start` of the site (decision 35). next.config.ts names this file as
// `cacheHandler`; Next loads it at run time, outside its bundles, so it is
// plain JavaScript and reads DATABASE_URL from the environment the launcher
// gives every instance.
//
// - One row per cache key, prefixed with the build id: two builds serving side
//   by side during a rolling deploy never serve each other's pages (an App
//   Router payload names its build's scripts).
// - revalidateTag() (revalidatePath's implicit tags) writes the tag's time to
//   NextCacheTag; get() treats an entry tagged with a later-revalidated tag as
//   a miss, so the next request renders it afresh, on whichever instance.
// - res.revalidate() (the Pages Router) renders on the instance asked and
//   set()s the new page here: every instance reads it on its next request.
// - A key with no row falls back to what the build prerendered (Next's own
//   file cache, read-only: the not-found page, the home page as built), as
//   without this handler; a page rendered or refreshed since is a row.
//   Without that fallback Next renders the prerendered not-found page on
//   demand inside a Pages Router revalidation, which never finished (seen:
//   the unpublish's res.revalidate() of a teaser that became notFound).
// - Each instance keeps what it read in memory (up to MEMORY_BYTES, least
//   recently used first out), so a cached page costs no query: a page served
//   from cache reaches no database, as before this handler (the benchmark's
//   "0 queries per anonymous article"). The memory is right only while this
//   instance hears every change: a set() anywhere NOTIFYs its key on
//   NEXT_CACHE_CHANNEL (every other instance forgets that key), a
//   revalidateTag() anywhere NOTIFYs "every key" (all forget everything: tags
//   change on publishes, a few a day). An instance whose LISTEN connection
//   dropped keeps serving its copies (while the database is away they are
//   what keeps cached pages up, and nobody can publish meanwhile) and forgets
//   them all once it listens again, since it may have missed a message.
// - While `next build` runs there is nothing to share: the handler keeps
//   nothing in PostgreSQL.
// - A failed query is a miss (get) or a page not kept (set), logged: the page
//   is rendered instead, and the database's own outage handling applies.
import { readFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import pg from "pg";

const TAGS_HEADER = "x-next-cache-tags";
const NEXT_CACHE_CHANNEL = "tld_next_cache";
const MEMORY_BYTES = 64 * 1024 * 1024;
const g = globalThis;

/** This process's copies: key -> { result, bytes }, in least-recently-used order. */
function mem() {
  if (!g.__tldNextCacheMemory)
    g.__tldNextCacheMemory = { map: new Map(), bytes: 0, generation: 0, origin: `${process.pid}-${Math.random().toString(36).slice(2)}` };
  return g.__tldNextCacheMemory;
}

function forget(key) {
  const m = mem();
  m.generation++;
  if (key === null) {
    m.map.clear();
    m.bytes = 0;
    return;
  }
  const e = m.map.get(key);
  if (e) {
    m.bytes -= e.bytes;
    m.map.delete(key);
  }
}

function remember(key, result, bytes, generation) {
  const m = mem();
  // Not a read that a change overtook (it may be the old copy).
  if (m.generation !== generation || bytes > MEMORY_BYTES / 8) return;
  forget(key);
  m.generation = generation; // forget() above is this process's own bookkeeping, not a change
  m.map.set(key, { result, bytes });
  m.bytes += bytes;
  for (const [k, e] of m.map) {
    if (m.bytes <= MEMORY_BYTES) break;
    m.map.delete(k);
    m.bytes -= e.bytes;
  }
}

function recall(key) {
  const m = mem();
  const e = m.map.get(key);
  if (!e) return undefined;
  m.map.delete(key);
  m.map.set(key, e);
  return e.result;
}

/** One LISTEN connection per process: every instance's set() and revalidateTag() reach this one's memory. */
function listen(url) {
  if (g.__tldNextCacheListening) return;
  g.__tldNextCacheListening = true;
  const connect = async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    let retried = false;
    const retry = (e) => {
      if (retried) return;
      retried = true;
      if (e) warn("cache listener lost; what this instance keeps is forgotten once it listens again", e);
      client.end().catch(() => {});
      setTimeout(() => void connect(), 1000).unref();
    };
    client.on("error", retry);
    client.on("end", () => retry(null));
    client.on("notification", (n) => {
      const payload = n.payload ?? "";
      const [origin, kind, ...rest] = payload.split("|");
      if (origin === mem().origin) return;
      forget(kind === "k" ? rest.join("|") : null);
    });
    try {
      await client.connect();
      await client.query(`listen ${NEXT_CACHE_CHANNEL}`);
      // Whatever was kept before (or while deaf) may have missed a message.
      forget(null);
    } catch (e) {
      retry(e);
    }
  };
  void connect();
}

function pool() {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  if (!g.__tldNextCachePool || g.__tldNextCachePoolUrl !== url) {
    g.__tldNextCachePool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
    g.__tldNextCachePool.on("error", () => {});
    g.__tldNextCachePoolUrl = url;
  }
  return g.__tldNextCachePool;
}

const DEBUG = !!process.env.TLD_DEBUG_CACHE;
function debug(...args) {
  if (DEBUG) process.stderr.write(`[next-cache] ${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}\n`);
}

function warn(message, error) {
  process.stderr.write(`${JSON.stringify({ level: "warn", scope: "next-cache", message, error: String(error?.message ?? error) })}\n`);
}

/** The tags an entry answers to: those Next stamped on a page, and those a fetch was given. */
function tagsOf(data, ctx) {
  const out = new Set();
  const header = data?.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const t of header.split(",")) if (t) out.add(t);
  for (const t of ctx?.tags ?? []) out.add(t);
  return [...out];
}

export default class PostgresCacheHandler {
  constructor(options) {
    this.building = process.env.NEXT_PHASE === "phase-production-build";
    let id = "dev";
    try {
      id = readFileSync(path.join(options?.serverDistDir ?? ".next/server", "..", "BUILD_ID"), "utf8").trim() || id;
    } catch {}
    this.prefix = `${id}:`;
    const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
    // The build's prerendered files, never written to: what is rendered at run time goes to PostgreSQL.
    this.built = options?.fs && options?.serverDistDir ? new FileSystemCache({ ...options, flushToDisk: false, maxMemoryCacheSize: 0 }) : null;
    if (!this.building && process.env.DATABASE_URL) listen(process.env.DATABASE_URL);
    if (!this.building && !g.__tldNextCacheSwept) {
      g.__tldNextCacheSwept = true;
      // Other builds' entries an hour after their last write: long enough for a rolling deploy.
      pool()
        ?.query(`delete from "NextCacheEntry" where not starts_with("key", $1) and "lastModified" < $2`, [this.prefix, Date.now() - 3_600_000])
        .catch((e) => warn("could not sweep other builds' entries", e));
    }
  }

  async get(key, ctx) {
    const db = this.building ? null : pool();
    if (!db) return null;
    const full = this.prefix + key;
    const kept = recall(full);
    if (kept !== undefined) return kept;
    const generation = mem().generation;
    try {
      const soft = ctx?.softTags ?? [];
      const { rows } = await db.query(
        `select e."value", e."lastModified",
                exists (select 1 from "NextCacheTag" t
                        where t."tag" = any(e."tags" || $2::text[]) and t."revalidatedAt" > e."lastModified") as "expired"
         from "NextCacheEntry" e where e."key" = $1`,
        [full, soft],
      );
      debug("get", key, ctx?.kind, rows.length ? (rows[0].expired ? "expired" : "hit") : "miss");
      if (!rows.length) {
        const built = this.built ? await this.built.get(key, ctx) : null;
        if (built) remember(full, built, 64 * 1024, generation);
        return built;
      }
      if (rows[0].expired) return null;
      const entry = v8.deserialize(rows[0].value);
      const result = { value: entry.value, cacheControl: entry.cacheControl, lastModified: Number(rows[0].lastModified) };
      remember(full, result, rows[0].value.length, generation);
      return result;
    } catch (e) {
      // The database is away: what the build prerendered still serves, else the page is rendered (and may fail).
      warn("cache read failed", e);
      return this.built ? await this.built.get(key, ctx).catch(() => null) : null;
    }
  }

  async set(key, data, ctx) {
    const db = this.building ? null : pool();
    if (!db) return;
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
    debug("set", key, data?.kind ?? null, cacheControl ?? null);
    const full = this.prefix + key;
    forget(full);
    try {
      const value = v8.serialize({ value: data, cacheControl });
      const lastModified = Date.now();
      await db.query(
        `insert into "NextCacheEntry" ("key", "value", "tags", "lastModified") values ($1, $2, $3, $4)
         on conflict ("key") do update set "value" = excluded."value", "tags" = excluded."tags", "lastModified" = excluded."lastModified"`,
        [full, value, tagsOf(data, ctx), lastModified],
      );
      // Every other instance forgets its copy of this key; this one keeps the new page.
      await db.query(`select pg_notify($1, $2)`, [NEXT_CACHE_CHANNEL, `${mem().origin}|k|${full}`]);
      remember(full, { value: data, cacheControl, lastModified }, value.length, mem().generation);
    } catch (e) {
      warn("cache write failed; the page is rendered again next time", e);
    }
  }

  async revalidateTag(tags) {
    const list = (typeof tags === "string" ? [tags] : (tags ?? [])).filter(Boolean);
    const db = this.building ? null : pool();
    debug("revalidateTag", list);
    if (!db || !list.length) return;
    // +1: an entry written in the same millisecond as the revalidation is older than it.
    forget(null);
    await db.query(
      `insert into "NextCacheTag" ("tag", "revalidatedAt") select unnest($1::text[]), $2
       on conflict ("tag") do update set "revalidatedAt" = excluded."revalidatedAt"`,
      [list, Date.now() + 1],
    );
    // Tags are few and change on publishes: every instance forgets everything it kept.
    await db.query(`select pg_notify($1, $2)`, [NEXT_CACHE_CHANNEL, `${mem().origin}|t|`]);
    forget(null);
  }

  resetRequestCache() {}
}
