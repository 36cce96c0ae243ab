import type { SnippetPart } from "@/lib/search/snippet";

/** A search snippet: plain text with the matches in <mark>; React escapes every part. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  if (!parts.length) return null;
  return (
    <p className="mt-2 text-[15px] leading-relaxed text-neutral-800">
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-ink">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
