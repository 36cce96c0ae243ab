// The benchmark database: migrated, seeded with the demo content (so
// 2007090041 exists), then filled by the generator. Each size gets its own
// database in the bench cluster, named after its row counts, and is reused
// by later runs when its recorded key (row counts, the generator's source
// files, the migration list, the seed articles) still matches; --fresh regenerates it.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createDb } from "../../../lib/db.ts";
import { slugify } from "../../../lib/articles/slug.ts";
import { seedDemoContent } from "../../../lib/seed/index.ts";
import { localStorage } from "../../../lib/storage/index.ts";
import { MIGRATIONS_DIR, applyMigrations } from "../../lib/migrate.ts";
import { ensureDatabase } from "../../lib/embedded-pg.ts";
import { createBankTables } from "./bank-tables.ts";
import { planDays } from "./calendar.ts";
import type { BenchCluster } from "./cluster.ts";
import { withClient } from "./cluster.ts";
import { insertArticles, PLAN_SQL } from "./generate-articles.ts";
import { insertDocuments } from "./generate-documents.ts";
import { insertReaders } from "./generate-readers.ts";
import { insertReads } from "./generate-reads.ts";
import { wordBank } from "./word-bank.ts";

export type DatasetSize = { articles: number; documents: number; readers: number };

export type DatasetInfo = DatasetSize & {
  database: string;
  url: string;
  reused: boolean;
  /** Seconds the generator took (migrate + seed + generate + analyze), measured when the database was made. */
  generatorSeconds: number;
  phases: Record<string, number>;
  generatedAt: string;
  stats: { articleRows: number; documentRows: number; readerRows: number; days: number; meanTeaserWords: number; meanBodyWords: number; meanDocumentWords: number; tableMB: number };
};

const HERE = import.meta.dirname;
const ROOT = path.resolve(HERE, "../../..");

/** Bump when ensureDataset() itself changes what it writes. */
const GENERATOR_VERSION = 2;
const GENERATOR_FILES = ["word-bank.ts", "calendar.ts", "bank-tables.ts", "generate-articles.ts", "generate-documents.ts", "generate-readers.ts", "generate-reads.ts"];

function datasetKey(size: DatasetSize): string {
  const h = createHash("sha256");
  h.update(JSON.stringify({ size, GENERATOR_VERSION }));
  for (const f of GENERATOR_FILES) h.update(f).update(readFileSync(path.join(HERE, f)));
  h.update(readdirSync(MIGRATIONS_DIR).sort().join(","));
  h.update(readFileSync(path.join(ROOT, "prisma/seed/content/articles.ts")));
  return h.digest("hex").slice(0, 16);
}

async function recorded(url: string): Promise<DatasetInfo | null> {
  try {
    return await withClient(url, async (c) => {
      const r = await c.query<{ value: DatasetInfo & { key: string } }>(`select value from bench_meta.dataset where id = 1`);
      return r.rows[0]?.value ?? null;
    });
  } catch {
    return null;
  }
}

/** Run `jobs` on `width` connections at once. */
async function inParallel(pool: pg.Pool, width: number, jobs: ((c: pg.Client) => Promise<void>)[]) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      const client = (await pool.connect()) as unknown as pg.Client & { release: () => void };
      try {
        while (next < jobs.length) await jobs[next++](client);
      } finally {
        client.release();
      }
    }),
  );
}

const chunks = (total: number, size: number) =>
  Array.from({ length: Math.ceil(total / size) }, (_, i) => [i * size + 1, Math.min(total, (i + 1) * size)] as const);

export async function ensureDataset(cluster: BenchCluster, size: DatasetSize, opts: { fresh: boolean; log: (m: string) => void }): Promise<DatasetInfo> {
  const database = `bench_${size.articles}_${size.documents}_${size.readers}`;
  const url = cluster.urlFor(database);
  const key = datasetKey(size);
  const admin = cluster.urlFor("postgres");
  const existing = opts.fresh ? null : await recorded(url);
  if (existing && (existing as DatasetInfo & { key?: string }).key === key) {
    // Migrations added since are applied; a new one changes the key, so this is a no-op normally.
    await applyMigrations(url);
    return { ...existing, database, url, reused: true };
  }
  opts.log(existing ? `dataset ${database} is out of date: regenerating` : `generating dataset ${database}`);
  await withClient(admin, (c) => c.query(`drop database if exists "${database}" with (force)`));
  const t0 = performance.now();
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const s = performance.now();
    const out = await fn();
    phases[name] = Math.round(performance.now() - s) / 1000;
    opts.log(`  ${name}: ${phases[name].toFixed(1)} s`);
    return out;
  };

  await ensureDatabase(admin, database);
  await phase("migrate", () => applyMigrations(url));
  await phase("seed", async () => {
    const db = createDb(url, 2);
    try {
      await seedDemoContent(db, { storage: localStorage(path.join(ROOT, ".data/bench-storage", database)) });
    } finally {
      await db.$disconnect();
    }
  });

  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => {});
  try {
    const main = (await pool.connect()) as unknown as pg.Client & { release: () => void };
    let days;
    let gin: { indexname: string; indexdef: string }[];
    try {
      const seedDays = await main.query<{ day: string }>(`select distinct to_char(("publishedAt" at time zone 'UTC') at time zone 'America/New_York', 'YYYY-MM-DD') as day from "Article"`);
      days = planDays(size.articles, { skip: new Set(seedDays.rows.map((r) => r.day)) });
      await phase("prepare", async () => {
        await main.query(`insert into "Author" ("id", "slug", "name", "bio")
          select 'bench-author-' || i, 'bench-author-' || i, f || ' ' || l, 'Covers trade law for Trade Law Daily.'
          from unnest(array['Alex','Morgan','Riley','Jordan','Casey','Avery','Quinn','Rowan','Elliot','Harper','Sasha','Robin','Jamie','Drew','Kendall']::text[],
                      array['Brandt','Calloway','Dunmore','Esposito','Farrow','Galvan','Hollis','Iverson','Jaffe','Kowalski','Lindqvist','Moreau','Nakamura','Oduya','Pryce']::text[])
               with ordinality as t(f, l, i)`);
        await createBankTables(main, wordBank(), days!);
        await main.query(PLAN_SQL);
      });
      // GIN indexes are far cheaper to build once than to maintain row by row: drop, fill, rebuild from their own definitions.
      gin = (await main.query<{ indexname: string; indexdef: string }>(
        `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename in ('Article', 'SourceDocument') and indexdef ilike '%using gin%'`,
      )).rows;
      for (const i of gin) await main.query(`drop index "${i.indexname}"`);
    } finally {
      main.release();
    }

    await phase("documents", () =>
      inParallel(pool, 2, chunks(size.documents, 2500).map(([lo, hi]) => (c) => insertDocuments(c, lo, hi, size.documents, days[0].day, days.at(-1)!.day))),
    );
    await phase("articles", () => inParallel(pool, 2, chunks(size.articles, 5000).map(([lo, hi]) => (c) => insertArticles(c, lo, hi, size.documents))));
    await phase("readers", () => inParallel(pool, 1, [(c) => insertReaders(c, size.readers)]));
    await phase("reads", () => inParallel(pool, 1, [(c) => insertReads(c)]));
    await phase("indexes", () => inParallel(pool, 2, gin.map((i) => (c) => c.query(i.indexdef).then(() => {}))));
    await phase("counters", () =>
      inParallel(pool, 1, [
        (c) =>
          c.query(`insert into "PublicIdCounter" ("day", "last") select to_char(day, 'YYMMDD'), cnt from bench.days
                   on conflict ("day") do update set "last" = greatest("PublicIdCounter"."last", excluded."last")`).then(() => {}),
      ]),
    );
    await phase("analyze", () => inParallel(pool, 1, [async (c) => {
          await c.query(`drop schema bench cascade`);
          await c.query(`vacuum analyze`);
        }]));
  } finally {
    await pool.end();
  }
  const generatorSeconds = Math.round(performance.now() - t0) / 1000;

  const stats = await withClient(url, (c) => checkAndDescribe(c, size));
  const info: DatasetInfo = { ...size, database, url, reused: false, generatorSeconds, phases, generatedAt: new Date().toISOString(), stats };
  await withClient(url, async (c) => {
    await c.query(`create schema if not exists bench_meta; create table if not exists bench_meta.dataset (id int primary key, value jsonb not null)`);
    await c.query(`insert into bench_meta.dataset values (1, $1) on conflict (id) do update set value = excluded.value`, [{ ...info, url: undefined, key }]);
  });
  return info;
}

/** Refuse a dataset the app could not serve as generated: wrong counts, IDs off their New York day, slugs unlike slugify's. */
async function checkAndDescribe(c: pg.Client, size: DatasetSize): Promise<DatasetInfo["stats"]> {
  const n = async (sql: string) => Number((await c.query<{ n: string }>(sql)).rows[0].n);
  const articleRows = await n(`select count(*) as n from "Article" where id like 'bench-a-%'`);
  const documentRows = await n(`select count(*) as n from "SourceDocument" where id like 'bench-d-%'`);
  const readerRows = await n(`select count(*) as n from "User" where id like 'bench-u-%'`);
  if (articleRows !== size.articles || documentRows !== size.documents || readerRows !== size.readers)
    throw new Error(`generator made ${articleRows} articles, ${documentRows} documents, ${readerRows} readers; wanted ${JSON.stringify(size)}`);
  const offDay = await n(`select count(*) as n from "Article" where left("publicId", 6) <> to_char(("publishedAt" at time zone 'UTC') at time zone 'America/New_York', 'YYMMDD')`);
  if (offDay > 0) throw new Error(`${offDay} articles have a public ID whose day is not their New York publication day`);
  const outOfOrder = await n(`select count(*) as n from (select "publicId", "publishedAt", lag("publishedAt") over (partition by left("publicId", 6) order by "publicId") as prev
                               from "Article" where id like 'bench-a-%') x where prev >= "publishedAt"`);
  if (outOfOrder > 0) throw new Error(`${outOfOrder} articles were published before the previous sequence number of their day`);
  const sample = await c.query<{ headline: string; slug: string }>(`select headline, slug from "Article" where id like 'bench-a-%' order by "publicId" limit 500`);
  const bad = sample.rows.find((r) => slugify(r.headline) !== r.slug);
  if (bad) throw new Error(`generated slug ${bad.slug} differs from slugify(${JSON.stringify(bad.headline)})`);
  const words = await c.query<{ t: string; b: string; d: string; days: string }>(`
    select (select avg(array_length(regexp_split_to_array(teaser, '\\s+'), 1)) from (select teaser from "Article" where id like 'bench-a-%' order by "publicId" desc limit 2000) x) as t,
           (select avg(array_length(regexp_split_to_array(body, '\\s+'), 1)) from (select body from "Article" where id like 'bench-a-%' order by "publicId" desc limit 2000) x) as b,
           (select avg(array_length(regexp_split_to_array("extractedText", '\\s+'), 1)) from (select "extractedText" from "SourceDocument" where id like 'bench-d-%' limit 2000) x) as d,
           (select count(distinct left("publicId", 6)) from "Article" where id like 'bench-a-%') as days`);
  const mb = await n(`select (pg_total_relation_size('"Article"') + pg_total_relation_size('"SourceDocument"')) / 1048576 as n`);
  const w = words.rows[0];
  return { articleRows, documentRows, readerRows, days: Number(w.days), meanTeaserWords: Math.round(Number(w.t)), meanBodyWords: Math.round(Number(w.b)), meanDocumentWords: Math.round(Number(w.d) || 0), tableMB: mb };
}
