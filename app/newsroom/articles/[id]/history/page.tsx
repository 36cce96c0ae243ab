import Link from "next/link";
import { notFound } from "next/navigation";
import { diffWords } from "diff";
import { RestoreButton } from "@/components/newsroom/RestoreButton";
import { requireNewsroom } from "@/lib/newsroom/action";
import { mayOpen } from "@/lib/newsroom/review";
import { documentPlainText } from "@/lib/articles/document";
import { articleForEditing } from "@/lib/newsroom/articles";
import { revisionsOf } from "@/lib/newsroom/editing";
import { formatDateTime } from "@/lib/site";

export const metadata = { title: "Revision history" };

function Diff({ from, to }: { from: string; to: string }) {
  const parts = diffWords(from, to);
  if (parts.every((p) => !p.added && !p.removed)) return <p className="text-xs text-muted">Same text as the current version.</p>;
  return (
    <p className="whitespace-pre-wrap rounded bg-neutral-50 p-2 font-mono text-xs leading-relaxed">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="bg-green-100 no-underline">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className="bg-red-100">
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value.length > 200 ? `${p.value.slice(0, 90)} … ${p.value.slice(-90)}` : p.value}</span>
        ),
      )}
    </p>
  );
}

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireNewsroom(`/newsroom/articles/${id}/history`);
  if (!(await mayOpen(viewer, id))) notFound();
  const [a, revs] = await Promise.all([articleForEditing(id), revisionsOf(id)]);
  if (!a) notFound();
  const current = `${a.headline}\n\n${documentPlainText(a.teaser)}\n\n${documentPlainText(a.body)}`;
  return (
    <section aria-labelledby="hist">
      <h1 id="hist" className="font-serif text-2xl font-bold">
        Revision history
      </h1>
      <p className="text-sm">
        <Link href={`/newsroom/articles/${id}`} className="underline">
          Back to the editor
        </Link>{" "}
        · each diff shows what restoring would change (<del className="bg-red-100">current</del> → <ins className="bg-green-100 no-underline">revision</ins>).
      </p>
      <ol className="mt-4 space-y-4">
        {revs.map((r) => (
          <li key={r.id} className="rounded border p-3">
            <p className="flex flex-wrap items-center gap-3 text-sm">
              <strong>v{r.version}</strong>
              <span className={r.kind === "CONFLICT" ? "rounded bg-amber-100 px-2 text-amber-900" : "rounded bg-neutral-100 px-2"}>
                {r.kind === "CONFLICT" ? "not saved: conflict" : r.kind.toLowerCase()}
              </span>
              <span>{formatDateTime(r.createdAt)}</span>
              <span className="text-muted">{r.editor}</span>
              <span className="ml-auto">
                <RestoreButton articleId={id} revisionId={r.id} version={a.version} />
              </span>
            </p>
            <Diff from={current} to={`${r.headline}\n\n${documentPlainText(r.teaser)}\n\n${documentPlainText(r.body)}`} />
          </li>
        ))}
        {revs.length === 0 && <li className="text-muted">No saved revisions yet.</li>}
      </ol>
    </section>
  );
}
