// The account page's "Feeds" section (decision 31): the reader's private
// full-text feeds, with what each follows, when it was made and last fetched,
// a Revoke button (a plain form POST to a guarded route), and the form to
// make one, for readers with full access.
import type { Viewer } from "@/lib/access";
import { createFeedAction } from "@/app/account/feeds/actions";
import { accountFeeds } from "@/lib/feeds/feeds";
import { formatDateTime } from "@/lib/site";
import { FeedCreateForm } from "./FeedCreateForm";

export async function FeedsSection({ viewer }: { viewer: Viewer }) {
  const { feeds, mayCreate, topics, searches, folders } = await accountFeeds(viewer);
  if (!mayCreate && feeds.length === 0) return null;
  return (
    <section className="mt-8" aria-labelledby="feeds-title" id="feeds">
      <h2 id="feeds-title" className="font-serif text-xl font-bold">
        Feeds
      </h2>
      <p className="mt-1 text-[15px] text-neutral-800">
        Private full-text feeds for your feed reader (RSS, Atom or JSON Feed). Each address reads as you: keep it to yourself. Full text lasts while your access
        does; after that the feed carries teasers only.
      </p>
      {feeds.length === 0 ? (
        <p className="mt-3 text-muted">You have no feeds yet.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Your feeds, live ones first</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2 pr-3">
                Follows
              </th>
              <th scope="col" className="py-2 pr-3">
                Made
              </th>
              <th scope="col" className="py-2 pr-3">
                Last fetched
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((f) => (
              <tr key={f.id} className="border-b border-neutral-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {f.name}
                </th>
                <td className="py-2 pr-3">{formatDateTime(f.createdAt)}</td>
                <td className="py-2 pr-3">{f.lastFetchedAt ? formatDateTime(f.lastFetchedAt) : "Never"}</td>
                <td className="py-2">
                  {f.revokedAt ? (
                    <span className="text-muted">Revoked {formatDateTime(f.revokedAt)}</span>
                  ) : (
                    <form method="post" action="/account/feeds/revoke">
                      <input type="hidden" name="feedId" value={f.id} />
                      <button type="submit" className="rounded border border-red-700 px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50">
                        Revoke<span className="sr-only"> the feed of {f.name}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayCreate ? (
        <FeedCreateForm action={createFeedAction} topics={topics} searches={searches} folders={folders} />
      ) : (
        <p className="mt-3 text-sm">
          Your access has ended, so your feeds carry teasers only.{" "}
          <a href="/subscribe" className="font-semibold text-brand underline">
            Subscribe
          </a>{" "}
          to get the full text again and to make new feeds.
        </p>
      )}
    </section>
  );
}
