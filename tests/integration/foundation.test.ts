// Database foundations: offline migrations and concurrent public-ID allocation.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { publishArticle } from "../../lib/articles/publish.ts";
import { ensureDatabase } from "../../scripts/lib/embedded-pg.ts";
import { applyMigrations, writeNewMigration } from "../../scripts/lib/migrate.ts";
import { testDb } from "../support/fixtures.ts";

function freshDbUrl(name: string) {
  const u = new URL(inject("databaseUrl"));
  u.pathname = `/${name}`;
  return u.toString();
}
async function newDatabase(prefix: string) {
  const name = `${prefix}_${Date.now()}`;
  const admin = new URL(inject("databaseUrl"));
  admin.pathname = "/postgres";
  await ensureDatabase(admin.toString(), name);
  return freshDbUrl(name);
}

describe("migrations (offline, Wasm schema engine)", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "tld-mig-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("migrate a fresh database, change nothing on a second run, and turn a schema change into a new migration that applies", async () => {
    const url = await newDatabase("tld_mig");
    const first = await applyMigrations(url);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const recorded = await client.query(`select migration_name, finished_at is not null as done from "_prisma_migrations" order by migration_name`);
      expect(recorded.rows.map((r) => r.migration_name)).toEqual(first);
      expect(recorded.rows.every((r) => r.done)).toBe(true);

      // A schema change in a copy of prisma/.
      cpSync(path.resolve("prisma"), path.join(tmp, "prisma"), { recursive: true });
      const paths = { schemaPath: path.join(tmp, "prisma/schema.prisma"), migrationsDir: path.join(tmp, "prisma/migrations") };
      expect(await writeNewMigration(url, "nothing", paths)).toBeNull();
      writeFileSync(
        paths.schemaPath,
        readFileSync(paths.schemaPath, "utf8").replace("  headline    String\n", "  headline    String\n  kicker      String?\n"),
      );
      const dir = await writeNewMigration(url, "add_kicker", paths);
      expect(dir).toMatch(/_add_kicker$/);
      expect(readFileSync(path.join(dir!, "migration.sql"), "utf8")).toMatch(/ALTER TABLE "Article" ADD COLUMN\s+"kicker" TEXT/);
      expect(await applyMigrations(url, paths)).toEqual([path.basename(dir!)]);
      const cols = await client.query(`select column_name from information_schema.columns where table_name = 'Article' and column_name = 'kicker'`);
      expect(cols.rowCount).toBe(1);
      expect(await applyMigrations(url, paths)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});

describe("public ID allocation", () => {
  it("50 simultaneous publications on one day get 50 distinct consecutive IDs", async () => {
    const db = testDb();
    const day = new Date("2031-03-05T15:00:00Z"); // a day with no seeded stories
    const drafts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db.article.create({ data: { slug: `concurrent-${i}`, headline: `Concurrent ${i}`, teaser: "t", body: "b" }, select: { id: true } }),
      ),
    );
    const results = await Promise.all(drafts.map((d) => publishArticle(d.id, { at: day }, db)));
    const ids = results.map((r) => r.publicId).sort();
    expect(new Set(ids).size).toBe(50);
    expect(ids[0]).toBe("3103050001");
    expect(ids[49]).toBe("3103050050");
    // Publishing again keeps the ID.
    expect((await publishArticle(drafts[0].id, { at: new Date() }, db)).publicId).toBe(results[0].publicId);
  });

  it("continues after the seeded IDs of a day instead of colliding with them", async () => {
    const db = testDb();
    const d = await db.article.create({ data: { slug: "late", headline: "Late story", teaser: "t", body: "b" }, select: { id: true } });
    const { publicId } = await publishArticle(d.id, { at: new Date("2020-07-09T20:00:00-04:00") }, db);
    const seededMax = await db.article.findFirst({
      where: { publicId: { startsWith: "200709", not: publicId } },
      orderBy: { publicId: "desc" },
      select: { publicId: true },
    });
    expect(Number(publicId.slice(6))).toBe(Number(seededMax!.publicId!.slice(6)) + 1);
    await db.article.delete({ where: { id: d.id } });
  });
});
