// Offline migrations: Prisma's schema engine compiled to Wasm, talking to
// PostgreSQL through @prisma/adapter-pg. Applies prisma/migrations/* and
// records them in _prisma_migrations exactly as `prisma migrate deploy` does.
// Why not the CLI: it downloads a native engine, and this machine is offline.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { migrateMarkdownArticles } from "../../lib/articles/markdown-migration.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

let wasmReady: Promise<{ SchemaEngine: { new: (o: unknown, cb: unknown, a: unknown) => Promise<Engine> } }> | null = null;

function loadWasm() {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bg = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
    const bytes = readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return wasmReady;
}

export type Paths = { schemaPath: string; migrationsDir: string };
const DEFAULT_PATHS: Paths = { schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR };

async function withEngine<T>(databaseUrl: string, paths: Paths, fn: (e: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadWasm();
  // Keep hold of every connection pool the engine opens: engine.free() does not
  // close them, and a pool left open keeps Prisma's migration advisory lock,
  // which makes the next run wait ~10 s for it.
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking = Object.assign(Object.create(Object.getPrototypeOf(factory)), factory, {
    connect: async () => {
      const a = await factory.connect();
      opened.push(a);
      return a;
    },
    connectToShadowDb: async () => {
      const a = await factory.connectToShadowDb();
      opened.push(a);
      return a;
    },
  });
  const adapter = bindMigrationAwareSqlAdapterFactory(tracking);
  const schema = readFileSync(paths.schemaPath, "utf8");
  const engine = await SchemaEngine.new({ datamodels: [[paths.schemaPath, schema]] }, () => {}, adapter);
  try {
    return await fn(engine);
  } finally {
    engine.free();
    for (const a of opened) await a.dispose().catch(() => {});
  }
}

export function migrationList(MIGRATIONS_DIR: string) {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file) ? { tag: "ok", value: readFileSync(file, "utf8") } : { tag: "error", value: `missing ${file}` },
        },
      };
    }),
  };
}

const noFilter = { externalTables: [], externalEnums: [] };

/**
 * Apply pending migrations, then the data steps that SQL cannot express (each
 * runs once per database; decision 24's Markdown → document conversion).
 * Returns the names of the SQL migrations applied (empty when up to date).
 */
export async function applyMigrations(databaseUrl: string, paths: Paths = DEFAULT_PATHS): Promise<string[]> {
  const applied = await withEngine(databaseUrl, paths, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationList(paths.migrationsDir), filters: noFilter });
    return out.appliedMigrationNames;
  });
  await migrateMarkdownArticles(databaseUrl);
  return applied;
}

export const SNAPSHOT = "schema.prisma";

/**
 * SQL that takes the schema as of the last migration to schema.prisma.
 * Each migration folder keeps a snapshot of the schema it produced; diffing
 * two datamodels needs no shadow database (the Wasm engine has no shadow
 * database factory, and replaying into a live database trips over its
 * introspection of pg_catalog "char" columns through the adapter).
 */
export async function pendingSchemaSql(databaseUrl: string, paths: Paths = DEFAULT_PATHS): Promise<string> {
  const list = migrationList(paths.migrationsDir);
  const last = list.migrationDirectories.at(-1);
  let from: unknown = { tag: "empty" };
  if (last) {
    const snap = path.join(paths.migrationsDir, last.path, SNAPSHOT);
    if (!existsSync(snap)) throw new Error(`${snap} is missing: every migration folder keeps the schema it produced.`);
    from = { tag: "schemaDatamodel", files: [{ path: snap, content: readFileSync(snap, "utf8") }] };
  }
  return withEngine(databaseUrl, paths, async (engine) => {
    const schema = readFileSync(paths.schemaPath, "utf8");
    const out = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: paths.schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters: noFilter,
    });
    return out.exitCode === 2 ? (out.stdout ?? "") : "";
  });
}

/**
 * Write prisma/migrations/<timestamp>_<name>/migration.sql for the change in
 * schema.prisma; returns the folder, or null when there is nothing to write.
 */
export async function writeNewMigration(databaseUrl: string, name: string, paths: Paths = DEFAULT_PATHS, now = new Date()): Promise<string | null> {
  const sql = await pendingSchemaSql(databaseUrl, paths);
  if (!sql.trim()) return null;
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(paths.migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  writeFileSync(path.join(dir, SNAPSHOT), readFileSync(paths.schemaPath, "utf8"));
  const lock = path.join(paths.migrationsDir, "migration_lock.toml");
  if (!existsSync(lock))
    writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
  return dir;
}
