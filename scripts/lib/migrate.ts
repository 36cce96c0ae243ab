// Offline migrations: Prisma's schema engine compiled to Wasm, talking to
// PostgreSQL through @prisma/adapter-pg. Applies prisma/migrations/* and
// records them in _prisma_migrations exactly as `prisma migrate deploy` does.
// Why not the CLI: it downloads a native engine, and this machine is offline.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

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

async function withEngine<T>(databaseUrl: string, fn: (e: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter);
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}

export function migrationList() {
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
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: `missing ${file}` },
        },
      };
    }),
  };
}

const noFilter = { externalTables: [], externalEnums: [] };

/** Apply pending migrations; returns the names applied (empty when up to date). */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  return withEngine(databaseUrl, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationList(), filters: noFilter });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes the state described by the committed migrations to the state
 * described by schema.prisma. Diffing from the migrations (replayed by the
 * engine itself) avoids needing a shadow database.
 */
export async function pendingSchemaSql(databaseUrl: string): Promise<string> {
  return withEngine(databaseUrl, async (engine) => {
    const schema = readFileSync(SCHEMA_PATH, "utf8");
    const list = migrationList();
    const from = list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" };
    const out = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: true,
      filters: noFilter,
    });
    return out.exitCode === 2 ? (out.stdout ?? "") : "";
  });
}
