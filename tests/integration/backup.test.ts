// A backup of the live test database restores into a fresh database with
// every article, subscription and document.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ensureDatabase } from "../../scripts/lib/embedded-pg.ts";
import { backup, restore } from "../../scripts/lib/backup.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "tld-backup-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function counts(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows[0];
    return {
      articles: await q(`select count(*)::int n, string_agg("publicId", ',' order by "publicId") ids from "Article"`),
      subscriptions: await q(`select count(*)::int n, string_agg("id", ',' order by "id") ids from "Subscription"`),
      documents: await q(`select count(*)::int n, string_agg("sha256", ',' order by "sha256") ids from "SourceDocument"`),
      users: await q(`select count(*)::int n from "User"`),
      bodies: await q(`select md5(string_agg(body, '' order by id)) h from "Article"`),
    };
  } finally {
    await c.end();
  }
}

describe("backup and restore", () => {
  it("restores every article, subscription and document into a fresh database", async () => {
    const source = inject("databaseUrl");
    const file = path.join(tmp, "test.tldbackup.gz");
    const header = await backup(source, file);
    expect(header.tables.find((t) => t.name === "Article")!.rows).toBeGreaterThanOrEqual(46);
    const admin = new URL(source);
    admin.pathname = "/postgres";
    const name = `tld_restore_${Date.now()}`;
    await ensureDatabase(admin.toString(), name);
    const target = new URL(source);
    target.pathname = `/${name}`;
    await restore(target.toString(), file);
    const [before, after] = await Promise.all([counts(source), counts(target.toString())]);
    expect(after.articles.n).toBeGreaterThanOrEqual(46);
    expect(after.articles.ids).toBe(before.articles.ids);
    expect(after.subscriptions.ids).toBe(before.subscriptions.ids);
    expect(after.documents.ids).toBe(before.documents.ids);
    expect(after.users.n).toBe(before.users.n);
    expect(after.bodies.h).toBe(before.bodies.h);
    // A second restore into the now-full database is refused and changes nothing.
    await expect(restore(target.toString(), file)).rejects.toThrow(/already has articles/);
  });
});
