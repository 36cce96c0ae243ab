import { correctionLabel, type PublicCorrection } from "@/lib/articles/citation";

/**
 * The public correction notices under an article's headline, newest first
 * ("Correction, July 10: …", New York dates): decision 34. Plain markup, no
 * client code, on both zero-JS article pages. Nothing when there are none.
 */
export function CorrectionNotice({ corrections, publishedAt }: { corrections: PublicCorrection[]; publishedAt: string }) {
  if (!corrections.length) return null;
  return (
    <aside aria-label={corrections.length === 1 ? "Correction" : "Corrections"} className="mt-4 border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-[15px]">
      <ul className="space-y-2">
        {corrections.map((c) => (
          <li key={c.publishedAt} data-correction>
            <strong className="font-semibold">
              <time dateTime={c.publishedAt}>{correctionLabel(c, publishedAt)}</time>:
            </strong>{" "}
            {c.note}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-muted">
        <a href="/corrections" className="underline">
          All corrections
        </a>
      </p>
    </aside>
  );
}
