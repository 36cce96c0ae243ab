import type { ViewerKind } from "@/lib/access";
import type { ArticleView } from "@/lib/articles/read";
import { PlainSignupForm } from "@/components/paywall/PlainSignupForm";

/** What the share page says about its link, and the offer under a shared story. */
export type ShareNote = "active" | "expired" | "revoked" | "unknown" | "preview-card" | "offer";

const NOTES: Record<Exclude<ShareNote, "active" | "offer" | "preview-card">, string> = {
  expired: "This share link has expired, so only the beginning of the story is shown.",
  revoked: "The reader who shared this link has withdrawn it, so only the beginning of the story is shown.",
  unknown: "This share link does not open this story, so only the beginning of it is shown.",
};

/**
 * Above the story: who it comes from, or why only its beginning is shown.
 * Under a story read through a link ("offer"): the publisher's free preview, with
 * the same plain sign-up form as the gate. Nothing here names the sharer.
 */
export function SharedArticleNote({ note, article, viewerKind }: { note: ShareNote; article: ArticleView; viewerKind: ViewerKind }) {
  if (note === "preview-card") return null;
  if (note === "offer") {
    // A reader who has their own access needs no offer.
    if (viewerKind !== "anonymous" && viewerKind !== "preview-expired") return null;
    return (
      <section aria-labelledby="share-offer" className="mx-auto mt-10 max-w-3xl rounded-lg border-2 border-brand/30 bg-[#fbf7f4] p-6" data-share-offer>
        <h2 id="share-offer" className="font-serif text-2xl font-bold">
          Read more like this: try Trade Law Daily free
        </h2>
        <p className="mt-2 text-[15px] leading-relaxed text-neutral-800">
          A subscriber shared this story with you. Sign up with your email address for a free preview: every story, the daily headline email, the PDF edition
          and the source documents, with no card needed.
        </p>
        {viewerKind === "anonymous" ? (
          <PlainSignupForm returnTo={article.path} />
        ) : (
          <p className="mt-4">
            <a href="/subscribe" className="inline-block rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark">
              See subscription plans
            </a>
          </p>
        )}
      </section>
    );
  }
  if (note === "active")
    return (
      <p className="mx-auto mb-6 max-w-3xl rounded border border-neutral-200 bg-neutral-50 px-3 py-2 text-sm" data-share-note="active">
        A Trade Law Daily reader shared this story with you: you can read all of it.
      </p>
    );
  return (
    <p role="status" className="mx-auto mb-6 max-w-3xl rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm" data-share-note={note}>
      {NOTES[note]}
    </p>
  );
}
