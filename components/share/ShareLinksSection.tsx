import { revokeShareLinkAction } from "@/app/account/share-actions";
import { formatDate } from "@/lib/site";
import { ownShareLinks, resetDay } from "@/lib/sharing/links";

const STATE: Record<string, string> = { active: "Active", expired: "Expired", revoked: "Revoked" };

/**
 * The reader's share links (decision 32): each story, its views (one per
 * visitor per day), when it expires, and Revoke. The links themselves are not
 * shown again: only a keyed hash of each is kept.
 */
export async function ShareLinksSection({ userId }: { userId: string }) {
  const { links, usedThisMonth, perMonth, resetsAt } = await ownShareLinks(userId);
  return (
    <section className="mt-8" aria-labelledby="share-links">
      <h2 id="share-links" className="font-serif text-xl font-bold">
        Your share links
      </h2>
      <p className="mt-1 text-sm text-muted">
        {usedThisMonth} of {perMonth} used this month; the allowance starts again on {resetDay(resetsAt)}. Create a link with “Share this story” under any story
        you can read in full.
      </p>
      {links.length === 0 ? (
        <p className="mt-3 text-[15px]">You have not shared any stories yet.</p>
      ) : (
        <table className="mt-3 w-full text-left text-[15px]">
          <caption className="sr-only">Your share links</caption>
          <thead>
            <tr className="border-b border-neutral-200 text-sm">
              <th scope="col" className="py-1 pr-3">
                Story
              </th>
              <th scope="col" className="py-1 pr-3">
                Views
              </th>
              <th scope="col" className="py-1 pr-3">
                Status
              </th>
              <th scope="col" className="py-1">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr key={l.id} className="border-b border-neutral-100" data-share-link={l.publicId}>
                <td className="py-2 pr-3">
                  <a href={`/articles/${l.publicId}`} className="hover:underline">
                    {l.headline}
                  </a>
                  <span className="block text-sm text-muted">Shared {formatDate(l.createdAt)}</span>
                </td>
                <td className="py-2 pr-3" data-views>
                  {l.views}
                </td>
                <td className="py-2 pr-3">
                  {STATE[l.state]}
                  {l.state === "active" && <span className="block text-sm text-muted">until {formatDate(l.expiresAt)}</span>}
                </td>
                <td className="py-2">
                  {l.state === "active" && (
                    <form action={revokeShareLinkAction}>
                      <input type="hidden" name="id" value={l.id} />
                      <button
                        type="submit"
                        className="rounded border border-neutral-300 px-3 py-1 text-sm hover:bg-neutral-50"
                        aria-label={`Revoke the link to “${l.headline}”`}
                      >
                        Revoke
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
