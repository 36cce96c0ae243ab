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
const g = globalThis;

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
    try {
      const soft = ctx?.softTags ?? [];
      const { rows } = await db.query(
        `select e."value", e."lastModified",
                exists (select 1 from "NextCacheTag" t
                        where t."tag" = any(e."tags" || $2::text[]) and t."revalidatedAt" > e."lastModified") as "expired"
         from "NextCacheEntry" e where e."key" = $1`,
        [this.prefix + key, soft],
      );
      debug("get", key, ctx?.kind, rows.length ? (rows[0].expired ? "expired" : "hit") : "miss");
      if (!rows.length) return this.built ? await this.built.get(key, ctx) : null;
      if (rows[0].expired) return null;
      const entry = v8.deserialize(rows[0].value);
      return { value: entry.value, cacheControl: entry.cacheControl, lastModified: Number(rows[0].lastModified) };
    } catch (e) {
      warn("cache read failed; rendering instead", e);
      return null;
    }
  }

  async set(key, data, ctx) {
    const db = this.building ? null : pool();
    if (!db) return;
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
    debug("set", key, data?.kind ?? null, cacheControl ?? null);
    try {
      await db.query(
        `insert into "NextCacheEntry" ("key", "value", "tags", "lastModified") values ($1, $2, $3, $4)
         on conflict ("key") do update set "value" = excluded."value", "tags" = excluded."tags", "lastModified" = excluded."lastModified"`,
        [this.prefix + key, v8.serialize({ value: data, cacheControl }), tagsOf(data, ctx), Date.now()],
      );
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
    await db.query(
      `insert into "NextCacheTag" ("tag", "revalidatedAt") select unnest($1::text[]), $2
       on conflict ("tag") do update set "revalidatedAt" = excluded."revalidatedAt"`,
      [list, Date.now() + 1],
    );
  }

  resetRequestCache() {}
}
