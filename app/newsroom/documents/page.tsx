import Link from "next/link";
import { Uploader } from "@/components/newsroom/Uploader";
import { requireStaff } from "@/lib/auth/require";
import { config } from "@/lib/config";
import { DOCUMENT_TYPES } from "@/lib/documents/queries";
import { newsroomDocuments } from "@/lib/newsroom/documents";
import { formatDate } from "@/lib/site";

export const metadata = { title: "Documents" };

const STATUS: Record<string, string> = { PENDING: "extracting text…", DONE: "text extracted", NO_TEXT: "scanned, no text", FAILED: "extraction failed" };

export default async function NewsroomDocuments({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requireStaff("/newsroom/documents");
  const { q } = await searchParams;
  const docs = await newsroomDocuments(q);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_2fr]">
      <section aria-labelledby="upload">
        <h1 id="upload" className="font-serif text-2xl font-bold">
          Upload a source document
        </h1>
        <div className="mt-3">
          <Uploader maxMb={config().MAX_UPLOAD_MB} />
        </div>
      </section>
      <section aria-labelledby="library">
        <h2 id="library" className="font-serif text-2xl font-bold">
          Library
        </h2>
        <form role="search" className="mt-2 flex gap-2">
          <label htmlFor="dq" className="sr-only">
            Search by title or case number
          </label>
          <input id="dq" name="q" defaultValue={q} placeholder="Title or case number" className="w-64 rounded border border-neutral-400 px-3 py-1" />
          <button className="rounded border border-neutral-500 px-3 py-1 text-sm">Search</button>
        </form>
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr className="border-b">
              <th className="py-2 pr-3">Title</th>
              <th className="pr-3">Type</th>
              <th className="pr-3">Case</th>
              <th className="pr-3">Issued</th>
              <th>Text</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id} className="border-b border-neutral-100 align-top">
                <td className="py-2 pr-3">
                  <Link href={`/newsroom/documents/${d.id}`} className="font-medium hover:underline">
                    {d.title}
                  </Link>
                  <span className="block text-xs text-muted">
                    {d.issuer || "issuer not set"} · cited by {d._count.articles}
                  </span>
                </td>
                <td className="pr-3">{DOCUMENT_TYPES[d.type]}</td>
                <td className="pr-3">{d.caseNumber ?? "—"}</td>
                <td className="pr-3 whitespace-nowrap">{formatDate(d.dateIssued)}</td>
                <td>{STATUS[d.extractionStatus]}</td>
              </tr>
            ))}
            {docs.length === 0 && (
              <tr>
                <td colSpan={5} className="py-4 text-muted">
                  No documents match.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
    </div>
  );
}
