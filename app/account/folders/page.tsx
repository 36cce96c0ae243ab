import { SignInPrompt } from "@/components/account/SignInPrompt";
import { ActionForm } from "@/components/billing/ActionForm";
import { currentViewer } from "@/lib/access/current";
import { FOLDER_NAME_MAX } from "@/lib/folders/input";
import { foldersOf } from "@/lib/folders/repository";
import { formatDate } from "@/lib/site";
import { createFolderAction, deleteFolderAction, renameFolderAction } from "./actions";

export const metadata = { title: "Your folders", robots: { index: false } };
export const dynamic = "force-dynamic";

const input = "mt-1 w-full rounded border border-neutral-400 px-2 py-1.5 font-normal";

export default async function FoldersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await currentViewer();
  if (!viewer.userId) {
    return <SignInPrompt title="Your folders" why="Sign in with your email address to see the articles and documents you saved." returnTo="/account/folders" />;
  }
  const [folders, query] = await Promise.all([foldersOf(viewer.userId), searchParams]);
  return (
    <section className="mx-auto max-w-3xl" aria-labelledby="folders-title">
      <p className="text-sm">
        <a href="/account" className="text-brand hover:underline">
          Your account
        </a>
      </p>
      <h1 id="folders-title" className="font-serif text-3xl font-bold">
        Your folders
      </h1>
      <p className="mt-2 text-[15px] text-neutral-800">
        Keep articles and source documents by matter or client, with a note on each. Save from any article or document page with “Save to folder”.
      </p>
      {query.deleted === "1" && (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-sm">
          Folder deleted.
        </p>
      )}
      {folders.length === 0 ? (
        <p className="mt-6 text-muted">No folders yet. Create one below, or save an article to a new folder from its page.</p>
      ) : (
        <ul className="mt-6 divide-y divide-neutral-200 border-y border-neutral-200">
          {folders.map((f) => (
            <li key={f.id} className="py-4">
              <h2 className="font-serif text-lg font-bold">
                <a href={`/account/folders/${f.id}`} className="hover:underline">
                  {f.name}
                </a>
              </h2>
              <p className="text-sm text-muted">
                {f.itemCount === 1 ? "1 item" : `${f.itemCount} items`}
                {f.lastSavedAt && <> · last saved {formatDate(f.lastSavedAt)}</>} · created {formatDate(f.createdAt)}
              </p>
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-brand underline">Rename or delete</summary>
                <div className="mt-3 grid gap-4 sm:grid-cols-2">
                  <ActionForm action={renameFolderAction} hidden={{ folderId: f.id }} submit="Rename" variant="secondary">
                    <label className="mb-2 block font-semibold">
                      New name
                      <input name="name" required maxLength={FOLDER_NAME_MAX} defaultValue={f.name} className={input} />
                    </label>
                  </ActionForm>
                  <ActionForm action={deleteFolderAction} hidden={{ folderId: f.id }} submit="Delete this folder" variant="danger">
                    <p className="mb-2">
                      Delete “{f.name}” and its {f.itemCount === 1 ? "1 saved item" : `${f.itemCount} saved items`}? The articles and documents themselves stay
                      on the site. This cannot be undone.
                    </p>
                  </ActionForm>
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-folder" className="mt-8 rounded-lg border border-neutral-300 bg-neutral-50 p-5">
        <h2 id="new-folder" className="font-serif text-xl font-bold">
          New folder
        </h2>
        <ActionForm action={createFolderAction} submit="Create folder" className="mt-2 text-sm">
          <label className="mb-2 block font-semibold">
            Name
            <input name="name" required maxLength={FOLDER_NAME_MAX} placeholder="A matter or client, e.g. Acme v. United States" className={input} />
          </label>
        </ActionForm>
      </section>
    </section>
  );
}
