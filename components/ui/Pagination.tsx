/** Previous/next links; `href(n)` builds the URL of page n. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (n: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <a rel="prev" href={href(page - 1)} className="rounded border px-3 py-2 hover:bg-neutral-50">
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <a rel="next" href={href(page + 1)} className="rounded border px-3 py-2 hover:bg-neutral-50">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
