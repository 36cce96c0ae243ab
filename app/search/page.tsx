import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SaveAlertForm } from "@/components/search/SaveAlertForm";
import { SearchForm } from "@/components/search/SearchForm";
import { ResultPages, SearchResults } from "@/components/search/SearchResults";
import { DOCUMENT_TYPES } from "@/lib/documents/queries";
import { resultCountText } from "@/lib/search/count";
import { hasCriteria, MAX_PAGE, parseSearchRequest, searchHref, type SearchRequest } from "@/lib/search/params";
import { MAX_QUERY_CHARS, publicIdInQuery } from "@/lib/search/query";
import { SEARCH_LIMITED_HEADER, tooManySearchesMessage } from "@/lib/search/rate-limit";
import { publishedArticlePath, searchFacets, searchSite, type SearchOutcome } from "@/lib/search/search";
import { currentViewer } from "@/lib/access/current";
import { saveAlertAction } from "./actions";

// Per viewer: what is searched depends on the viewer's access.
export const dynamic = "force-dynamic";
// The query is not echoed in the title: it would travel in the RSC payload and browser history of shared machines.
export const metadata = { title: "Search", robots: { index: false } };

type SP = Promise<Record<string, string | string[] | undefined>>;

/** The fields an alert keeps, for the save form's hidden inputs. */
function alertFields(req: SearchRequest): Record<string, string> {
  const out: Record<string, string> = { q: req.q, kind: req.kind };
  if (req.topic) out.topic = req.topic;
  if (req.type) out.type = req.type;
  if (req.issuer) out.issuer = req.issuer;
  if (req.case) out.case = req.case;
  return out;
}

export default async function SearchPage({ searchParams }: { searchParams: SP }) {
  const req = parseSearchRequest(await searchParams);
  // The rate limit was taken by proxy.ts (before the front could cache this answer); the empty search page is free.
  const wait = Number((await headers()).get(SEARCH_LIMITED_HEADER));
  const limit = hasCriteria(req) && wait > 0 ? ({ allowed: false, retryAfterSeconds: wait } as const) : ({ allowed: true } as const);
  const id = limit.allowed ? publicIdInQuery(req.q) : null;
  if (id) {
    const path = await publishedArticlePath(id).catch(() => null);
    if (path) redirect(path);
  }
  const viewer = await currentViewer();
  const [outcome, facets] = await Promise.all([
    limit.allowed ? searchSite(req, viewer) : Promise.resolve<SearchOutcome | { status: "limited" }>({ status: "limited" }),
    searchFacets().catch(() => ({ topics: [], issuers: [] })),
  ]);
  // A failed search is an error answer (app/search/error.tsx, status 500), never a 200 the front would keep.
  if (outcome.status === "error") throw new Error("search failed");
  const documentTypes = Object.entries(DOCUMENT_TYPES);
  const signedIn = viewer.userId !== null;

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title" className="border-b border-neutral-300 pb-2 font-serif text-3xl font-bold">
        Search
      </h1>
      <SearchForm req={req} facets={{ ...facets, documentTypes }} />

      {req.truncated && (
        <p
          role="status"
          className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
        >{`Your search was longer than ${MAX_QUERY_CHARS} characters; we searched for the first ${MAX_QUERY_CHARS}.`}</p>
      )}
      {id && <p role="status" className="mt-4 text-sm">{`No published article has the ID ${id}; showing a text search instead.`}</p>}

      {outcome.status === "idle" && <p className="mt-6 text-muted">Type words, a phrase in quotes, an article ID or a case number, or choose a filter.</p>}
      {outcome.status === "no-terms" && (
        <p role="status" className="mt-6 rounded border border-neutral-300 bg-neutral-50 p-3">
          Your search has no words we can look for: punctuation and very common words such as “the” are ignored. Try other words.
        </p>
      )}
      {!limit.allowed && (
        <p role="alert" className="mt-6 rounded border border-amber-300 bg-amber-50 p-3">
          {tooManySearchesMessage(limit.retryAfterSeconds)}
        </p>
      )}
      {outcome.status === "ok" && (
        <div className="mt-6">
          <p role="status" className="text-sm text-muted">
            {resultCountText(outcome)}
            {!outcome.fullText && <> You are searching headlines, teasers and document summaries; subscribers and preview readers search the full text.</>}
          </p>
          {outcome.total.n > 0 && outcome.items.length === 0 && (
            <p className="mt-4">
              This page is past the last result.{" "}
              <Link href={searchHref(req, { page: 1 })} className="underline">
                Back to the first page
              </Link>
            </p>
          )}
          <SearchResults items={outcome.items} />
          {outcome.total.more && outcome.page >= outcome.pages && (
            <p className="mt-4 text-sm text-muted">{`Only the first ${outcome.total.n.toLocaleString("en-US")} matches are listed. Add words or filters to narrow the search.`}</p>
          )}
          <ResultPages page={outcome.page} pages={Math.min(outcome.pages, MAX_PAGE)} href={(n) => searchHref(req, { page: n })} />
        </div>
      )}

      {hasCriteria(req) && outcome.status !== "no-terms" && outcome.status !== "limited" && (
        <aside aria-labelledby="alert-title" className="mt-10 rounded-lg border border-neutral-300 p-4">
          <h2 id="alert-title" className="font-serif text-lg font-bold">
            Get an email when new articles or documents match
          </h2>
          {signedIn ? (
            <SaveAlertForm action={saveAlertAction} search={alertFields(req)} />
          ) : (
            <p className="mt-1 text-sm">
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(searchHref(req))}`} className="font-semibold text-brand underline">
                Sign in
              </Link>{" "}
              to save this search as an alert.
            </p>
          )}
          {(req.from || req.to) && <p className="mt-2 text-xs text-muted">Alerts look at new items only, so the date range is not saved with them.</p>}
        </aside>
      )}
    </section>
  );
}
