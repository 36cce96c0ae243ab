/**
 * "Share this story" under a story read in full (decision 32): a plain form POST,
 * no JavaScript (the article page ships none). The same for every full reader, so
 * the front's shared full render may carry it: it names nobody.
 */
export function ShareForm({ publicId, show }: { publicId: string; show: boolean }) {
  if (!show) return null;
  return (
    <form method="post" action="/api/share-links" className="mx-auto mt-8 max-w-3xl rounded border border-neutral-200 p-4" aria-labelledby="share-title">
      <h2 id="share-title" className="font-serif text-lg font-bold">
        Share this story
      </h2>
      <p className="mt-1 text-sm text-muted">
        Create a link that lets one person read this story in full without an account. You can see how often it is opened and revoke it from your account.
      </p>
      <input type="hidden" name="article" value={publicId} />
      <button type="submit" className="mt-3 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        Create a share link
      </button>
    </form>
  );
}
