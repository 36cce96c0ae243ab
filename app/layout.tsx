import type { Metadata, Viewport } from "next";
import { BODY_CLASS, SiteChrome } from "@/components/layout/SiteChrome";
import { siteMetadataBase } from "@/lib/site";
import { RSS_FEED, SITE_DESCRIPTION, SITE_NAME, THEME_COLOR, TITLE_TEMPLATE } from "@/lib/site-metadata";
import "./globals.css";

// The home page and the anonymous article page are Pages Router pages with the
// same chrome and head (pages/, docs/decisions/0013-zero-js-reader-pages.md).
// No URL-valued metadata: Next makes them absolute against metadataBase, the address
// seen when the page rendered, which for the prerendered not-found page is the build
// machine's (docs/decisions/0029-site-address-at-run-time.md). The RSS alternate below
// is a path; the browser resolves it against the address it used. metadataBase itself
// names nothing while no field uses it.
export const metadata: Metadata = {
  metadataBase: siteMetadataBase(),
  title: { default: SITE_NAME, template: TITLE_TEMPLATE },
  description: SITE_DESCRIPTION,
  openGraph: { siteName: SITE_NAME, type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: THEME_COLOR };

// Every App Router page renders per request (each declares `dynamic = "force-dynamic"`;
// tests/integration/csp.test.ts checks the build caches none): its scripts carry the
// nonce proxy.ts gives the request (a fresh one, or the front's placeholder), never one
// frozen into a cached page (docs/decisions/0010-security-headers.md). Not here, for all
// at once: a dynamic root layout also made the not-found page dynamic, and Next renders
// that page outside any request when a Pages Router article is revalidated after it was
// withdrawn, where it never finished (the server ran out of memory).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <link rel="alternate" type="application/rss+xml" href={RSS_FEED.url} title={RSS_FEED.title} />
      </head>
      <body className={BODY_CLASS}>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
