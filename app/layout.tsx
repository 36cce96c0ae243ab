import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { BODY_CLASS, SiteChrome } from "@/components/layout/SiteChrome";
import { siteMetadataBase } from "@/lib/site";
import { RSS_FEED, SITE_DESCRIPTION, SITE_NAME, THEME_COLOR, TITLE_TEMPLATE } from "@/lib/site-metadata";
import "./globals.css";

// The home page and the anonymous article page are Pages Router pages with the
// same chrome and head (pages/, docs/decisions/0013-zero-js-reader-pages.md).
export const metadata: Metadata = {
  metadataBase: siteMetadataBase(),
  title: { default: SITE_NAME, template: TITLE_TEMPLATE },
  description: SITE_DESCRIPTION,
  alternates: { types: { "application/rss+xml": [RSS_FEED] } },
  openGraph: { siteName: SITE_NAME, type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: THEME_COLOR };

// Every App Router page renders per request (docs/decisions/0010-security-headers.md):
// its scripts then carry the nonce proxy.ts gives this request (a fresh one, or the
// front's placeholder, which the front replaces), never one frozen into a cached
// page. The front keeps anonymous listings for a minute (lib/proxy/front-cache.ts).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className={BODY_CLASS}>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
