import Link from "next/link";
import type { SearchRequest } from "@/lib/search/params";

type Facets = { topics: { slug: string; name: string }[]; issuers: string[]; documentTypes: [string, string][] };

/** The search box and filters: a plain GET form, so it works without JavaScript and every search has a URL. */
export function SearchForm({ req, facets }: { req: SearchRequest; facets: Facets }) {
  const field = "mt-1 rounded border border-neutral-400 px-2 py-1.5 font-normal";
  const filtersOpen = Boolean(req.topic || req.from || req.to || req.type || req.issuer || req.case || req.kind !== "all" || req.sort !== "relevance");
  return (
    <form role="search" aria-label="Search articles and documents" action="/search" method="get" className="mt-4">
      <label htmlFor="search-q" className="block text-sm font-semibold">
        Search articles and source documents
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={req.q}
          maxLength={1000}
          placeholder='e.g. "first sale" valuation -apparel, or 24-00025'
          className="w-full rounded border border-neutral-400 px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          Search
        </button>
      </div>
      <p className="mt-1 text-xs text-muted">
        Use quotes for a phrase, <code>or</code> for either word, and <code>-word</code> to leave a word out. An article ID goes straight to the article.
      </p>
      <details className="mt-3 rounded border border-neutral-200 p-3" open={filtersOpen}>
        <summary className="cursor-pointer text-sm font-semibold">Filters</summary>
        <div className="mt-2 flex flex-wrap items-end gap-3 text-sm">
          <label className="flex flex-col font-semibold">
            Show
            <select name="kind" defaultValue={req.kind} className={field}>
              <option value="all">Articles and documents</option>
              <option value="articles">Articles only</option>
              <option value="documents">Documents only</option>
            </select>
          </label>
          <label className="flex flex-col font-semibold">
            Topic
            <select name="topic" defaultValue={req.topic ?? ""} className={field}>
              <option value="">All topics</option>
              {facets.topics.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col font-semibold">
            From
            <input type="date" name="from" defaultValue={req.from ?? ""} className={field} />
          </label>
          <label className="flex flex-col font-semibold">
            To
            <input type="date" name="to" defaultValue={req.to ?? ""} className={field} />
          </label>
          <label className="flex flex-col font-semibold">
            Document type
            <select name="type" defaultValue={req.type ?? ""} className={field}>
              <option value="">Any type</option>
              {facets.documentTypes.map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col font-semibold">
            Issuer
            <select name="issuer" defaultValue={req.issuer ?? ""} className={field}>
              <option value="">Any court or agency</option>
              {facets.issuers.map((i) => (
                <option key={i} value={i}>
                  {i}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col font-semibold">
            Case or docket number
            <input name="case" defaultValue={req.case ?? ""} maxLength={60} placeholder="e.g. 24-00025" className={field} />
          </label>
          <label className="flex flex-col font-semibold">
            Order
            <select name="sort" defaultValue={req.sort} className={field}>
              <option value="relevance">Best match first</option>
              <option value="date">Newest first</option>
            </select>
          </label>
          <button type="submit" className="rounded border border-neutral-400 px-4 py-1.5 font-semibold hover:bg-neutral-50">
            Apply
          </button>
          <Link href="/search" className="py-1.5 underline">
            Clear
          </Link>
        </div>
        <p className="mt-2 text-xs text-muted">
          Document filters also narrow articles to those citing a matching document; a topic narrows documents to those cited by its articles.
        </p>
      </details>
    </form>
  );
}
