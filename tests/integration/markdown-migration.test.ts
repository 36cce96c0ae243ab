// The data migration of decision 24 on a database as it was before it:
// Markdown articles and revisions become the stored document format when
// `npm run db:migrate` applies the new migrations, once, words unchanged,
// still found by search; a second run changes nothing.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { documentWords, renderDocument } from "../../lib/articles/document.ts";
import { legacyMarkdownHtml } from "../../lib/articles/markdown.ts";
import { ensureDatabase } from "../../scripts/lib/embedded-pg.ts";
import { applyMigrations } from "../../scripts/lib/migrate.ts";
import { articles } from "../../prisma/seed/content/articles.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "tld-mdmig-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function newDatabase(prefix: string) {
  const name = `${prefix}_${Date.now()}`;
  const admin = new URL(inject("databaseUrl"));
  admin.pathname = "/postgres";
  await ensureDatabase(admin.toString(), name);
  const u = new URL(inject("databaseUrl"));
  u.pathname = `/${name}`;
  return u.toString();
}

describe("Markdown → document migration", () => {
  it("converts every article and revision once, keeps their words, and search still finds them", async () => {
    const url = await newDatabase("tld_mdmig");
    // The schema as it was: every migration before this change.
    cpSync(path.resolve("prisma"), path.join(tmp, "prisma"), { recursive: true });
    const migrationsDir = path.join(tmp, "prisma/migrations");
    rmSync(path.join(migrationsDir, "20261130041622_newsroom_review"), { recursive: true, force: true });
    await applyMigrations(url, { schemaPath: path.join(tmp, "prisma/schema.prisma"), migrationsDir });

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const sample = articles.slice(0, 12);
      for (const [i, a] of sample.entries()) {
        await client.query(
          `insert into "Article" ("id", "slug", "headline", "teaser", "body", "status", "updatedAt") values ($1, $2, $3, $4, $5, 'DRAFT', now())`,
          [`md${i}`, `md-${i}`, a.headline, a.teaser, a.body],
        );
        await client.query(
          `insert into "ArticleRevision" ("id", "articleId", "version", "kind", "headline", "slug", "teaser", "body") values ($1, $1, 1, 'SAVE', $2, $3, $4, $5)`,
          [`md${i}`, a.headline, `md-${i}`, a.teaser, a.body],
        );
      }
      await client.query(
        `insert into "Article" ("id", "slug", "headline", "teaser", "body", "status", "updatedAt") values ('mdx', 'x', 'X', $1, $2, 'DRAFT', now())`,
        ['[x](https://example.org/ "(see 2007090041)") and **bold** <script>alert(1)</script>', "| HTS | Rate |\n| --- | --- |\n| 8712.00.15 | 11% |"],
      );

      // npm run db:migrate: the new SQL migration, then the data step.
      expect(await applyMigrations(url)).toEqual(["20261130041622_newsroom_review"]);
      const rows = (await client.query<{ id: string; teaser: string; body: string }>(`select "id", "teaser", "body" from "Article" order by "id"`)).rows;
      for (const [i, a] of sample.entries()) {
        const row = rows.find((r) => r.id === `md${i}`)!;
        expect(row.teaser.startsWith("<")).toBe(true);
        expect(row.body).not.toMatch(/\*\*|^- |^> /m);
        expect(documentWords(renderDocument(row.body)), a.publicId).toEqual(documentWords(legacyMarkdownHtml(a.body)));
      }
      const odd = rows.find((r) => r.id === "mdx")!;
      expect(odd.teaser).toBe('<p><a href="https://example.org/" title="(see 2007090041)">x</a> and <strong>bold</strong> </p>');
      expect(odd.body).toBe(
        "<table>\n<thead>\n<tr>\n<th>HTS</th>\n<th>Rate</th>\n</tr>\n</thead>\n<tbody><tr>\n<td>8712.00.15</td>\n<td>11%</td>\n</tr>\n</tbody></table>",
      );
      const revisions = (await client.query<{ body: string }>(`select "body" from "ArticleRevision"`)).rows;
      expect(revisions.every((r) => r.body.startsWith("<"))).toBe(true);
      // The generated search column follows: a word from a body is found, a tag name is not indexed.
      const word = sample[0].body.match(/\b[A-Za-z]{7,}\b/)![0];
      expect((await client.query(`select 1 from "Article" where "id" = 'md0' and "search" @@ plainto_tsquery('english', $1)`, [word])).rowCount).toBe(1);
      expect((await client.query(`select 1 from "Article" where "search" @@ to_tsquery('english', 'blockquote')`)).rowCount).toBe(0);

      // Once only: a second run leaves a Markdown-looking text written since alone.
      await client.query(`update "Article" set "body" = '**not markdown any more**' where "id" = 'mdx'`);
      expect(await applyMigrations(url)).toEqual([]);
      expect((await client.query(`select "body" from "Article" where "id" = 'mdx'`)).rows[0].body).toBe("**not markdown any more**");
      expect((await client.query(`select count(*)::int as n from "DataMigration"`)).rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
  }, 120_000);
});
