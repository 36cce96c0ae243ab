import type { ViewerKind } from "@/lib/access";
import { PlainSignupForm } from "./PlainSignupForm";

const PITCH =
  "Timely, relevant coverage of court proceedings and agency rulings involving tariffs, classification, valuation, origin and antidumping and countervailing duties. Each day, Trade Law Daily subscribers receive a daily headline email, an in-depth PDF edition and access to the primary source documents behind the news.";

/**
 * What stands where the body would be, for a viewer whose access is `teaser`.
 * Its sign-up form is the plain one (a POST that works without JavaScript):
 * article pages ship no JavaScript (docs/decisions/0013-zero-js-reader-pages.md).
 */
export function Gate({ viewerKind, returnTo }: { viewerKind: ViewerKind; returnTo: string }) {
  if (viewerKind === "preview-expired") {
    return (
      <section aria-labelledby="gate-title" className="paywall-gate mt-8 rounded-lg border-2 border-brand/30 bg-[#fbf7f4] p-6">
        <h2 id="gate-title" className="font-serif text-2xl font-bold">
          Your free preview has ended
        </h2>
        <p className="mt-2 text-[15px] leading-relaxed">
          Subscribe to keep reading this article and every story in the archive, with the daily headline email, the PDF edition and the source document library.
        </p>
        <p className="mt-4">
          <a href="/subscribe" className="inline-block rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark">
            See subscription plans
          </a>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="gate-title" className="paywall-gate mt-8 rounded-lg border-2 border-brand/30 bg-[#fbf7f4] p-6">
      <h2 id="gate-title" className="font-serif text-2xl font-bold">
        Sign up for a free preview to unlock the rest of this article
      </h2>
      <p className="mt-2 text-[15px] leading-relaxed text-neutral-800">{PITCH}</p>
      <PlainSignupForm returnTo={returnTo} />
      <p className="mt-3 text-sm text-muted">
        Already a subscriber? Enter your email and we will send you a sign-in link.{" "}
        <a href="/subscribe" className="underline">
          Compare plans
        </a>
        .
      </p>
    </section>
  );
}
