import { notFound } from "next/navigation";
import { SignupForm } from "@/components/paywall/SignupForm";
import { DOCUMENT_TYPES, documentForViewer } from "@/lib/documents/queries";
import { formatDate } from "@/lib/site";
import { currentViewer } from "@/lib/access/current";
import { SaveToFolderForm } from "@/components/folders/SaveToFolderForm";
import { InstantSaveForm } from "@/components/folders/InstantSaveForm";
import { saveFormFor } from "@/lib/folders/form";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const d = await documentForViewer((await params).id, await currentViewer());
  return d ? { title: d.title, description: d.summary || `${DOCUMENT_TYPES[d.type]} issued by ${d.issuer}` } : {};
}

export default async function DocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const viewer = await currentViewer();
  const d = await documentForViewer(id, viewer);
  if (!d) notFound();
  const saveForm = await saveFormFor(viewer, "document", d.id, d.canDownload, await searchParams);
  return (
    <article className="mx-auto max-w-3xl" aria-labelledby="title">
      <p className="text-xs font-bold uppercase tracking-wide text-brand">
        <a href="/documents" className="hover:underline">
          Source documents
        </a>{" "}
        · {DOCUMENT_TYPES[d.type]}
      </p>
      <h1 id="title" className="mt-2 font-serif text-3xl font-bold">
        {d.title}
      </h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-[15px]">
        <dt className="font-semibold">Issued by</dt>
        <dd>{d.issuer}</dd>
        {d.caseNumber && (
          <>
            <dt className="font-semibold">Case / docket</dt>
            <dd>{d.caseNumber}</dd>
          </>
        )}
        <dt className="font-semibold">Date issued</dt>
        <dd>{formatDate(`${d.dateIssued.toISOString().slice(0, 10)}T12:00:00Z`)}</dd>
        <dt className="font-semibold">File</dt>
        <dd>
          PDF, {d.pageCount ?? "?"} page(s), {(d.sizeBytes / 1024).toFixed(0)} KB
        </dd>
      </dl>
      {d.summary && <p className="mt-4 text-[15px] leading-relaxed">{d.summary}</p>}
      {d.canDownload ? (
        <p className="mt-6">
          <a href={`/documents/${d.id}/download`} className="inline-block rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark" download>
            Download the PDF
          </a>
        </p>
      ) : (
        <section aria-labelledby="gate" className="paywall-gate mt-6 rounded-lg border-2 border-brand/30 bg-[#fbf7f4] p-5">
          <h2 id="gate" className="font-serif text-xl font-bold">
            Sign up for a free preview to download this document
          </h2>
          <p className="mt-1 text-sm">Subscribers and preview readers get every primary source in the library.</p>
          {viewer.userId ? (
            <p className="mt-3">
              <a href="/subscribe" className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white">
                See subscription plans
              </a>
            </p>
          ) : (
            <SignupForm returnTo={`/documents/${d.id}`} />
          )}
        </section>
      )}
      <section aria-labelledby="cited" className="mt-10">
        <h2 id="cited" className="font-serif text-xl font-bold">
          Stories citing this document
        </h2>
        <ul className="mt-2 space-y-2">
          {d.citedBy.map((a) => (
            <li key={a.publicId}>
              <a href={a.path} className="font-medium hover:underline">
                {a.headline}
              </a>{" "}
              <span className="text-sm text-muted">
                · {formatDate(a.publishedAt)} · {a.publicId}
              </span>
            </li>
          ))}
          {d.citedBy.length === 0 && <li className="text-muted">No published story cites it yet.</li>}
        </ul>
      </section>
      <SaveToFolderForm form={saveForm} FormElement={InstantSaveForm} />
    </article>
  );
}
