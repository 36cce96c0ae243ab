import { notFound } from "next/navigation";
import { SignInPrompt } from "@/components/account/SignInPrompt";
import { ActionForm } from "@/components/billing/ActionForm";
import { currentViewer } from "@/lib/access/current";
import { folderForViewer } from "@/lib/folders/contents";
import { NOTE_MAX } from "@/lib/folders/input";
import { formatDate } from "@/lib/site";
import { removeItemAction, setNoteAction } from "../actions";

export const metadata = { title: "Folder", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function FolderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await currentViewer();
  if (!viewer.userId) {
    return (
      <SignInPrompt title="Your folder" why="Sign in with your email address to see this folder." returnTo={`/account/folders/${encodeURIComponent(id)}`} />
    );
  }
  // Someone else's folder is not there (404), exactly like one that never existed.
  const folder = await folderForViewer(viewer, id);
  if (!folder) notFound();
  const count = folder.entries.length;
  return (
    <section className="mx-auto max-w-3xl" aria-labelledby="folder-title">
      <p className="text-sm">
        <a href="/account/folders" className="text-brand hover:underline">
          Your folders
        </a>
      </p>
      <h1 id="folder-title" className="font-serif text-3xl font-bold">
        {folder.name}
      </h1>
      <p className="mt-1 text-sm text-muted">
        {count === 0 ? "No items" : count === 1 ? "1 item" : `${count} items, newest first`} · created {formatDate(folder.createdAt)}
      </p>
      {count > 0 && (
        <p className="mt-3 flex flex-wrap gap-3 text-sm">
          <a href={`/account/folders/${folder.id}/csv`} className="rounded border border-neutral-400 px-3 py-1.5 font-semibold hover:bg-neutral-50" download>
            Export as CSV
          </a>
          <a href={`/account/folders/${folder.id}/pdf`} className="rounded border border-neutral-400 px-3 py-1.5 font-semibold hover:bg-neutral-50">
            PDF digest
          </a>
        </p>
      )}
      {count === 0 ? (
        <p className="mt-6 text-muted">This folder is empty. Open an article or a source document and use “Save to folder” at the end of it.</p>
      ) : (
        <ol className="mt-6 divide-y divide-neutral-200 border-y border-neutral-200">
          {folder.entries.map((e) => (
            <li key={e.itemId} className="py-4">
              <p className="text-xs font-bold uppercase tracking-wide text-brand">
                {e.kind === "article" ? "Article" : "Source document"}
                {e.reference && <span className="font-mono font-normal normal-case text-muted"> · {e.reference}</span>}
              </p>
              <h2 className="mt-1 font-serif text-lg font-bold">
                {e.path ? (
                  <a href={e.path} className="hover:underline">
                    {e.title}
                  </a>
                ) : (
                  <span className="text-muted">{e.title}</span>
                )}
              </h2>
              <p className="text-sm text-muted">
                {e.date && (
                  <>
                    {e.kind === "article" ? "Published" : "Issued"} {formatDate(e.date)} ·{" "}
                  </>
                )}
                saved {formatDate(e.savedAt)}
                {e.available && !e.full && " · your access shows the teaser only"}
              </p>
              {e.teaserText && <p className="mt-2 line-clamp-3 text-[15px]">{e.teaserText}</p>}
              {e.note && (
                <p className="mt-2 whitespace-pre-line border-l-4 border-brand/40 bg-[#fbf7f4] px-3 py-2 text-[15px]">
                  <span className="sr-only">Your note: </span>
                  {e.note}
                </p>
              )}
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-brand underline">{e.note ? "Edit note or remove" : "Add a note or remove"}</summary>
                <div className="mt-3 grid gap-4 sm:grid-cols-[2fr_1fr]">
                  <ActionForm action={setNoteAction} hidden={{ itemId: e.itemId }} submit="Save note" variant="secondary">
                    <label className="mb-2 block font-semibold">
                      Note
                      <textarea
                        name="note"
                        rows={3}
                        maxLength={NOTE_MAX}
                        defaultValue={e.note}
                        className="mt-1 w-full rounded border border-neutral-400 px-2 py-1.5 font-normal"
                      />
                    </label>
                  </ActionForm>
                  <ActionForm action={removeItemAction} hidden={{ itemId: e.itemId }} submit="Remove from folder" variant="danger">
                    <p className="mb-2">Take this out of the folder (the {e.kind === "article" ? "article" : "document"} stays on the site).</p>
                  </ActionForm>
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
