import { freeToReadFormAction } from "@/app/newsroom/articles/actions";
import { formatDateTime } from "@/lib/site";

/**
 * Free to read (decision 33), on the article editor's page for editors: a plain
 * form (works without JavaScript), checked on the server (editors only), audited.
 * `notice`: what the last change did (?free=on|off|error after the form's redirect).
 */
export function FreeToReadForm({
  articleId,
  state,
  notice,
}: {
  articleId: string;
  state: { free: boolean; since: Date | null; by: string | null };
  notice: string | null;
}) {
  return (
    <section aria-labelledby="free-to-read" className="mt-8 rounded border border-neutral-200 p-4" data-free-to-read-form>
      <h2 id="free-to-read" className="font-serif text-lg font-bold">
        Free to read
      </h2>
      {notice === "on" && <p role="status">Free to read: anyone can now read the whole story.</p>}
      {notice === "off" && <p role="status">Back behind the paywall: readers without access see the teaser again.</p>}
      {notice === "error" && <p role="alert">The change could not be made; try again.</p>}
      <p className="mt-1 text-sm">
        {state.free ? (
          <>
            This story is <strong>free to read</strong> for everyone
            {state.since && <> since {formatDateTime(state.since)}</>}
            {state.by && <> (set by {state.by})</>}. Its page says so, and search engines are told the whole story is free.
          </>
        ) : (
          <>Only the teaser is public. Make the story free to read for everyone, for example a landmark ruling, or to be found by search engines.</>
        )}
      </p>
      <form action={freeToReadFormAction} className="mt-3">
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="free" value={state.free ? "0" : "1"} />
        <button type="submit" className="rounded border border-neutral-300 px-3 py-1 text-sm font-semibold hover:bg-neutral-50">
          {state.free ? "Put back behind the paywall" : "Make free to read"}
        </button>
      </form>
    </section>
  );
}
