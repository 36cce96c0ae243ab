// The header, footer and skip link around every reader page, in both routers:
// app/layout.tsx (App Router) and pages/_app.tsx (the zero-JS Pages Router
// reader pages, docs/decisions/0013-zero-js-reader-pages.md). Plain server
// markup: no hooks, no client code.

/** Classes of <body>, for app/layout.tsx and pages/_document.tsx alike. */
export const BODY_CLASS = "min-h-screen bg-white font-sans text-ink antialiased";

export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header role="banner" className="border-b-4 border-brand">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <a href="/" className="font-serif text-2xl font-bold tracking-tight text-brand sm:text-3xl">
            Trade Law Daily
          </a>
          <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            <a href="/" className="hover:underline">
              Latest
            </a>
            <a href="/topics" className="hover:underline">
              Topics
            </a>
            <a href="/documents" className="hover:underline">
              Documents
            </a>
            <a href="/search" className="hover:underline">
              Search
            </a>
            <a href="/subscribe" className="hover:underline">
              Subscribe
            </a>
            <a href="/account" className="hover:underline">
              Account
            </a>
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
            <a href="/feed.xml" className="hover:underline">
              RSS feed
            </a>
            <a href="/topics" className="hover:underline">
              All topics
            </a>
            <a href="/corrections" className="hover:underline">
              Corrections
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}
