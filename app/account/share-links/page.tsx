import { SignInPrompt } from "@/components/account/SignInPrompt";
import { ShareLinksSection } from "@/components/share/ShareLinksSection";
import { currentViewer } from "@/lib/access/current";
import { config } from "@/lib/config";
import { absoluteUrl } from "@/lib/site";
import { isOwnSharePath, limitMessage } from "@/lib/sharing/links";

export const metadata = { title: "Your share links", robots: { index: false } };
export const dynamic = "force-dynamic";

/**
 * Where the "Share this story" form lands (app/api/share-links/route.ts): the new
 * link to copy (shown this once: only its keyed hash is kept), or why none was
 * made; then the reader's links.
 */
export default async function ShareLinksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await currentViewer();
  if (!viewer.userId) return <SignInPrompt title="Your share links" why="Sign in to see the stories you have shared." returnTo="/account/share-links" />;
  const q = await searchParams;
  const created = typeof q.created === "string" && (await isOwnSharePath(viewer.userId, q.created)) ? absoluteUrl(q.created) : null;
  const refused = typeof q.refused === "string" ? q.refused : null;
  const perMonth = config().SHARE_LINKS_PER_MONTH;
  const message =
    refused === "limit"
      ? limitMessage(perMonth)
      : refused === "not-allowed"
        ? "Only readers with full access can share a story."
        : refused === "no-article"
          ? "That story could not be found, so no link was made."
          : refused === "revoke"
            ? "That share link could not be found, or was already revoked."
            : null;
  return (
    <section className="mx-auto max-w-2xl" aria-labelledby="shares">
      <h1 id="shares" className="font-serif text-3xl font-bold">
        Your share links
      </h1>
      {created && (
        <div role="status" className="mt-6 rounded border border-green-300 bg-green-50 p-4" data-share-created>
          <p className="font-semibold">Your share link is ready. Copy it and send it to one person:</p>
          <label htmlFor="share-url" className="sr-only">
            Share link
          </label>
          <input id="share-url" readOnly value={created} className="mt-2 w-full rounded border border-neutral-300 bg-white px-2 py-1 font-mono text-sm" />
          <p className="mt-2 text-sm">It works for {config().SHARE_LINK_DAYS} days. This is the only time it is shown: copy it now.</p>
        </div>
      )}
      {q.revoked === "1" && (
        <p role="status" className="mt-6 rounded border border-neutral-300 bg-neutral-50 p-3">
          The link is revoked: it no longer opens the story.
        </p>
      )}
      {message && (
        <p role="alert" className="mt-6 rounded border border-amber-300 bg-amber-50 p-3" data-share-refused={refused}>
          {message}
        </p>
      )}
      <ShareLinksSection userId={viewer.userId} />
    </section>
  );
}
