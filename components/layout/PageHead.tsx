// The <head> of the Pages Router reader pages, made from the same metadata
// objects the App Router uses (lib/site-metadata.ts for the site,
// lib/articles/seo.ts for an article) and merged the way Next merges a page's
// metadata over its root layout's: each top-level field of the page replaces
// the site's. So an article's `alternates` (its canonical URL) replaces the
// site's RSS alternate, and its Open Graph object the site's — the same tags
// the App Router rendered for these pages. The RSS alternate is a path, not an
// absolute URL: the build prerenders the home page, and an absolute one would
// name the build machine's address (docs/decisions/0029-site-address-at-run-time.md).
import Head from "next/head";
import type { articleMetadata } from "@/lib/articles/seo";
import { RSS_FEED, SITE_DESCRIPTION, SITE_NAME, THEME_COLOR, TITLE_TEMPLATE } from "@/lib/site-metadata";

type PageMetadata = ReturnType<typeof articleMetadata>;

export function PageHead({ page, robots }: { page?: PageMetadata; robots?: string }) {
  const title = page ? TITLE_TEMPLATE.replace("%s", page.title) : SITE_NAME;
  const description = page?.description ?? SITE_DESCRIPTION;
  // Without its own Open Graph/Twitter fields a page gets the site's, titled
  // and described like the page (Next fills them in the same way).
  const og = page?.openGraph ?? { type: "website", title, description, siteName: SITE_NAME };
  const twitter = page?.twitter ?? { card: "summary", title, description };
  return (
    <Head>
      <meta key="viewport" name="viewport" content="width=device-width, initial-scale=1" />
      <meta key="theme-color" name="theme-color" content={THEME_COLOR} />
      <title key="title">{title}</title>
      <meta key="description" name="description" content={description} />
      {robots && <meta key="robots" name="robots" content={robots} />}
      {page ? (
        <link key="canonical" rel="canonical" href={page.alternates.canonical} />
      ) : (
        <link key="rss" rel="alternate" type="application/rss+xml" href={RSS_FEED.url} title={RSS_FEED.title} />
      )}
      <meta key="og:title" property="og:title" content={og.title} />
      <meta key="og:description" property="og:description" content={og.description} />
      {"url" in og && <meta key="og:url" property="og:url" content={og.url} />}
      <meta key="og:site_name" property="og:site_name" content={og.siteName} />
      <meta key="og:type" property="og:type" content={og.type} />
      {"publishedTime" in og && <meta key="article:published_time" property="article:published_time" content={og.publishedTime} />}
      <meta key="twitter:card" name="twitter:card" content={twitter.card} />
      <meta key="twitter:title" name="twitter:title" content={twitter.title} />
      <meta key="twitter:description" name="twitter:description" content={twitter.description} />
      <link key="icon" rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
    </Head>
  );
}
