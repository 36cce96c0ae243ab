"use client";

// A search that failed (lib/search/search.ts logged why) is an error answer,
// not a page of results: a 500 that the nginx front never keeps in its cache.
export default function SearchError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="search-title" role="alert">
      <h1 id="search-title" className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">
        Search
      </h1>
      <p className="mt-6 rounded border border-red-300 bg-red-50 p-3">
        Search is not available just now. Please try again in a moment.
        {error.digest && (
          <>
            {" "}
            Reference: <code>{error.digest}</code>
          </>
        )}
      </p>
      <p className="mt-4 flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand px-5 py-2 font-semibold text-white">
          Try again
        </button>
        <a href="/search" className="self-center underline">
          New search
        </a>
      </p>
    </section>
  );
}
