// The data step of decision 24: every article and revision written in
// Markdown becomes the stored document format, once per database, in one
// transaction. Run by scripts/lib/migrate.ts right after the SQL migrations
// (npm run db:migrate, start-up, the seed and the test harness all apply
// migrations through it), so no reader path ever converts on the fly.
import pg from "pg";
import { markdownToDocument } from "./markdown.ts";

export const MARKDOWN_TO_DOCUMENT = "20261130_markdown_to_document";

export type DataMigrationResult = { name: string; articles: number; revisions: number } | null;

export async function migrateMarkdownArticles(databaseUrl: string): Promise<DataMigrationResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query(`select to_regclass('"DataMigration"') as t`);
    if (!table.rows[0]?.t) return null; // the SQL migration that creates it has not run
    await client.query("begin");
    // The primary key serialises concurrent runs: the second waits, then finds the row.
    const claimed = await client.query(`insert into "DataMigration" ("name") values ($1) on conflict do nothing returning "name"`, [MARKDOWN_TO_DOCUMENT]);
    if (!claimed.rowCount) {
      await client.query("rollback");
      return null;
    }
    const articles = await client.query<{ id: string; teaser: string; body: string }>(`select "id", "teaser", "body" from "Article" for update`);
    for (const a of articles.rows)
      await client.query(`update "Article" set "teaser" = $2, "body" = $3 where "id" = $1`, [a.id, markdownToDocument(a.teaser), markdownToDocument(a.body)]);
    const revisions = await client.query<{ id: string; teaser: string; body: string }>(`select "id", "teaser", "body" from "ArticleRevision"`);
    for (const r of revisions.rows)
      await client.query(`update "ArticleRevision" set "teaser" = $2, "body" = $3 where "id" = $1`, [
        r.id,
        markdownToDocument(r.teaser),
        markdownToDocument(r.body),
      ]);
    await client.query("commit");
    return { name: MARKDOWN_TO_DOCUMENT, articles: articles.rowCount ?? 0, revisions: revisions.rowCount ?? 0 };
  } catch (e) {
    await client.query("rollback").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
