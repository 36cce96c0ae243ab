import type { Metadata, Viewport } from "next";
import { siteMetadataBase } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteMetadataBase(),
  title: { default: "Trade Law Daily", template: "%s | Trade Law Daily" },
  description: "Daily coverage of court proceedings and agency rulings on tariffs, classification, valuation, origin, AD/CVD, sanctions and export controls.",
  alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: "Trade Law Daily headlines" }] } },
  openGraph: { siteName: "Trade Law Daily", type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#7a1f1f" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-ink antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header role="banner" className="border-b-4 border-brand">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
            <a href="/" className="font-serif text-2xl font-bold tracking-tight text-brand sm:text-3xl">
              Trade Law Daily
            </a>
            <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
              <a href="/" className="hover:underline">Latest</a>
              <a href="/topics" className="hover:underline">Topics</a>
              <a href="/documents" className="hover:underline">Documents</a>
              <a href="/search" className="hover:underline">Search</a>
              <a href="/subscribe" className="hover:underline">Subscribe</a>
              <a href="/account" className="hover:underline">Account</a>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <footer role="contentinfo" className="mt-12 border-t border-neutral-200">
          <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-muted">
            <p>Trade Law Daily — court and agency rulings on trade, every business day.</p>
            <p className="flex gap-4">
              <a href="/feed.xml" className="hover:underline">RSS feed</a>
              <a href="/topics" className="hover:underline">All topics</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
