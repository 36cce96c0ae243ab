import type { ArticleView as View } from "@/lib/articles/read";
import { formatDate } from "@/lib/site";
import { Gate } from "@/components/paywall/Gate";
import type { ViewerKind } from "@/lib/access";
import { DOCUMENT_TYPES } from "@/lib/documents/types";
import { correctionsJsonLd } from "@/lib/articles/citation";
import { CorrectionNotice } from "@/components/article/CorrectionNotice";
import { CiteAs } from "@/components/article/CiteAs";
import { FreeToReadLabel } from "@/components/article/FreeToReadLabel";

const DOC_TYPE: Record<string, string> = DOCUMENT_TYPES;

/** Google's paywalled-content markup; the body itself is never part of it. */
function JsonLd({ a, url }: { a: View; url: string }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.headline,
    description: a.teaserText,
    datePublished: a.publishedAt,
    ...(a.correctedAt ? { dateModified: a.correctedAt } : {}),
    author: a.authors.map((p) => ({ "@type": "Person", name: p.name })),
    publisher: { "@type": "Organization", name: "Trade Law Daily" },
    mainEntityOfPage: url,
    identifier: a.publicId,
    // Free to read (decision 33): the whole story is open, so no paywalled part is declared.
    ...(a.freeToRead
      ? { isAccessibleForFree: true }
      : { isAccessibleForFree: false, hasPart: { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".paywalled-content" } }),
    ...correctionsJsonLd(a.corrections),
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}

export function ArticleView({
  article: a,
  viewerKind,
  canonicalUrl,
  providedBy = null,
}: {
  article: View;
  viewerKind: ViewerKind;
  canonicalUrl: string;
  /** The site licence whose office network gives this reader the full text (decision 22): named where the gate would be. */
  providedBy?: string | null;
}) {
  return (
    <article className="mx-auto max-w-3xl" aria-labelledby="headline">
      <JsonLd a={a} url={canonicalUrl} />
      <p className="text-xs font-bold uppercase tracking-wide text-brand">
        {a.topics.map((t, i) => (
          <span key={t.slug}>
            {i > 0 && " · "}
            <a href={`/topics/${t.slug}`} className="hover:underline">
              {t.name}
            </a>
          </span>
        ))}
      </p>
      <FreeToReadLabel free={a.freeToRead} />
      <h1 id="headline" className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">
        {a.headline}
      </h1>
      <p className="mt-3 text-sm text-muted">
        {a.authors.length > 0 && (
          <>
            By{" "}
            {a.authors.map((p, i) => (
              <span key={p.slug}>
                {i > 0 && (i === a.authors.length - 1 ? " and " : ", ")}
                <a href={`/authors/${p.slug}`} className="font-medium text-ink hover:underline">
                  {p.name}
                </a>
              </span>
            ))}{" "}
            ·{" "}
          </>
        )}
        <time dateTime={a.publishedAt}>{formatDate(a.publishedAt)}</time> · Article ID <span className="font-mono">{a.publicId}</span>
      </p>
      <CorrectionNotice corrections={a.corrections} publishedAt={a.publishedAt} />
      <div className="prose prose-neutral mt-6 max-w-none font-serif text-[1.07rem] leading-relaxed" dangerouslySetInnerHTML={{ __html: a.teaserHtml }} />
      {a.bodyHtml !== null && providedBy && (
        <p className="mt-4 rounded border border-neutral-200 bg-neutral-50 px-3 py-2 text-sm" data-access-provider>
          Access provided by <strong>{providedBy}</strong>
        </p>
      )}
      {a.bodyHtml !== null ? (
        <div
          className="paywalled-content prose prose-neutral mt-4 max-w-none font-serif text-[1.07rem] leading-relaxed"
          dangerouslySetInnerHTML={{ __html: a.bodyHtml }}
        />
      ) : (
        <Gate viewerKind={viewerKind} returnTo={a.path} />
      )}
      {a.documents.length > 0 && (
        <section aria-labelledby="sources" className="mt-10 rounded border border-neutral-200 bg-neutral-50 p-4">
          <h2 id="sources" className="font-serif text-lg font-bold">
            Source documents
          </h2>
          <ul className="mt-2 space-y-2 text-[15px]">
            {a.documents.map((d) => (
              <li key={d.id}>
                <a href={`/documents/${d.id}`} className="font-medium hover:underline">
                  {d.title}
                </a>
                <span className="block text-sm text-muted">
                  {DOC_TYPE[d.type] ?? d.type} · {d.issuer}
                  {d.caseNumber && <> · {d.caseNumber}</>} · {formatDate(`${d.dateIssued}T12:00:00Z`)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <CiteAs publishedAt={a.publishedAt} publicId={a.publicId} />
    </article>
  );
}
