import { citationOf } from "@/lib/articles/citation";
import { isPublicId } from "@/lib/articles/public-id";

/**
 * "Cite as" on every article (decision 34): the stable form, publication day in New York
 * and public ID. The reader pages ship no JavaScript (decision 13), so there is no
 * clipboard call: one click selects the whole citation (user-select: all), and the
 * reader copies it as they copy anything else.
 */
export function CiteAs({ publishedAt, publicId }: { publishedAt: string; publicId: string }) {
  // The newsroom's preview of a draft has no public ID yet, so nothing to cite.
  if (!isPublicId(publicId)) return null;
  return (
    <section aria-labelledby="cite-as" className="mt-10 rounded border border-neutral-200 p-4 text-sm">
      <h2 id="cite-as" className="font-serif text-lg font-bold">
        Cite as
      </h2>
      <p className="mt-2">
        <code data-citation className="select-all rounded bg-neutral-100 px-2 py-1 font-mono text-[15px] text-ink">
          {citationOf({ publishedAt, publicId })}
        </code>
      </p>
      <p className="mt-2 text-xs text-muted">Click the citation to select all of it, then copy (Ctrl+C, or ⌘C on a Mac).</p>
    </section>
  );
}
