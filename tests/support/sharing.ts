// Share links and free-to-read stories (decisions 32, 33) in tests: articles to
// use, words only their bodies hold, and creating a link the way a reader does.
import { documentText } from "../../lib/articles/document.ts";
import { base, testDb } from "./fixtures.ts";

/** A desktop browser's user agent: a person, for the share page and the usage counter. */
export const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
/** Link previewers and crawlers: they neither count nor unlock. */
export const BOT_UAS = [
  "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
  "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  "Twitterbot/1.0",
];

/** Seeded published stories other tests name; tests here take others. */
const NAMED = ["2007090041", "2006170064", "2007150022", "2007310035"];

/** The `n`th seeded published story (by ID) that no other test names, with its database id and slug. */
export async function spareArticle(n: number) {
  const rows = await testDb().article.findMany({
    where: { status: "PUBLISHED", publicId: { notIn: NAMED } },
    orderBy: { publicId: "asc" },
    select: { id: true, publicId: true, slug: true, teaser: true, body: true },
    skip: n,
    take: 1,
  });
  if (!rows[0]) throw new Error(`no spare published article #${n}`);
  const r = rows[0];
  return { id: r.id, publicId: r.publicId!, slug: r.slug, phrase: bodyPhrase(r.teaser, r.body) };
}

/**
 * Four plain words of the body, from one run of text (not across a tag, where the page
 * would have markup between them), that the teaser does not hold: present in a page
 * exactly when the body is.
 */
export function bodyPhrase(teaserHtml: string, bodyHtml: string): string {
  const teaser = documentText(teaserHtml);
  for (const [, text] of bodyHtml.matchAll(/>([^<]+)</g)) {
    const words = text.split(/\s+/);
    for (let i = 0; i + 4 <= words.length; i++) {
      const run = words.slice(i, i + 4);
      if (run.every((w) => /^[A-Za-z]{3,}$/.test(w)) && !teaser.includes(run.join(" "))) return run.join(" ");
    }
  }
  throw new Error("no plain four-word phrase in this body");
}

/** Create a share link as the reader with `cookie` does (the Share form's POST); returns the link's path, or the refusal. */
export async function createShareLink(cookie: string, publicId: string, url = base()): Promise<{ path: string | null; location: string }> {
  const r = await fetch(`${url}/api/share-links`, {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ article: publicId }),
    redirect: "manual",
  });
  const location = r.headers.get("location") ?? "";
  const created = new URL(location, "http://x").searchParams.get("created");
  return { path: created, location };
}
