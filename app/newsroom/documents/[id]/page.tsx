import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/billing/ActionForm";
import { AutoRefresh } from "@/components/newsroom/AutoRefresh";
import { requireStaff } from "@/lib/auth/require";
import { DOCUMENT_TYPES } from "@/lib/documents/queries";
import { documentForEditing } from "@/lib/newsroom/documents";
import { updateDocumentAction } from "../actions";

export const metadata = { title: "Document" };

const STATUS: Record<string, { text: string; cls: string }> = {
  PENDING: { text: "Extracting text…", cls: "bg-amber-100 text-amber-900" },
  DONE: { text: "Text extracted", cls: "bg-green-100 text-green-900" },
  NO_TEXT: { text: "Scanned, no text: this PDF has no text layer, so it cannot be searched", cls: "bg-amber-100 text-amber-900" },
  FAILED: { text: "Text extraction failed; the file itself is fine to download", cls: "bg-red-100 text-red-900" },
};

export default async function EditDocument({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff(`/newsroom/documents/${id}`);
  const d = await documentForEditing(id);
  if (!d) notFound();
  const field = "mt-1 w-full rounded border border-neutral-400 px-3 py-2 font-normal";
  return (
    <section className="max-w-3xl" aria-labelledby="doc">
      {d.extractionStatus === "PENDING" && <AutoRefresh />}
      <p className="text-sm">
        <Link href="/newsroom/documents" className="underline">
          ← Library
        </Link>
      </p>
      <h1 id="doc" className="mt-2 font-serif text-2xl font-bold">
        {d.title}
      </h1>
      <p className="mt-1 text-sm text-muted">
        {d.fileName} · {d.pageCount ?? "?"} page(s) · {(d.sizeBytes / 1024).toFixed(0)} KB · sha256 {d.sha256.slice(0, 12)}…
      </p>
      <p role="status" aria-live="polite" className={`mt-3 inline-block rounded px-3 py-1 text-sm font-medium ${STATUS[d.extractionStatus].cls}`}>
        {STATUS[d.extractionStatus].text}
      </p>
      <ActionForm action={updateDocumentAction} hidden={{ id: d.id }} submit="Save metadata" className="mt-6 grid gap-4 sm:grid-cols-2">
        <label className="text-sm font-semibold sm:col-span-2">
          Title
          <input name="title" defaultValue={d.title} required className={field} />
        </label>
        <label className="text-sm font-semibold">
          Type
          <select name="type" defaultValue={d.type} className={field}>
            {Object.entries(DOCUMENT_TYPES).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Issuer (court or agency)
          <input name="issuer" defaultValue={d.issuer} required className={field} />
        </label>
        <label className="text-sm font-semibold">
          Case or docket number
          <input name="caseNumber" defaultValue={d.caseNumber ?? ""} className={field} />
        </label>
        <label className="text-sm font-semibold">
          Date issued
          <input name="dateIssued" type="date" defaultValue={d.dateIssued.toISOString().slice(0, 10)} required className={field} />
        </label>
        <label className="text-sm font-semibold sm:col-span-2">
          Summary
          <textarea name="summary" defaultValue={d.summary} rows={3} className={field} />
        </label>
      </ActionForm>
      {d.extractedText && (
        <details className="mt-6">
          <summary className="cursor-pointer text-sm font-semibold">Extracted text ({d.extractedText.length.toLocaleString()} characters)</summary>
          <p className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap rounded bg-neutral-50 p-3 text-xs">{d.extractedText.slice(0, 20_000)}</p>
        </details>
      )}
      <p className="mt-6 text-sm">To link it to a story, open the article in the editor and search for it under “Source documents”.</p>
    </section>
  );
}
