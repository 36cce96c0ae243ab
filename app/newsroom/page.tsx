import Link from "next/link";
import { DeskAtAGlance } from "@/components/newsroom/DeskAtAGlance";
import { isStaff } from "@/lib/access";
import { requireNewsroom } from "@/lib/newsroom/action";
import { deskAtAGlance } from "@/lib/newsroom/desk";
import { ownArticleIds } from "@/lib/newsroom/review";
import { editorChoices, listNewsroomArticles } from "@/lib/newsroom/articles";
import { formatDateTime } from "@/lib/site";
import { createArticleAction } from "./articles/actions";

export const metadata = { title: "Articles" };

const STATUSES = ["DRAFT", "SCHEDULED", "PUBLISHED"] as const;

export default async function NewsroomHome({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; topic?: string; author?: string; q?: string; page?: string }>;
}) {
  const viewer = await requireNewsroom("/newsroom");
  const editor = isStaff(viewer);
  const sp = await searchParams;
  const status = STATUSES.find((s) => s === sp.status);
  const onlyIds = editor ? undefined : await ownArticleIds(viewer.userId);
  const [list, choices, desk] = await Promise.all([
    listNewsroomArticles({ status, topic: sp.topic, author: sp.author, q: sp.q, page: Number(sp.page) || 1, onlyIds }),
    editorChoices(),
    editor ? deskAtAGlance() : null,
  ]);
  const qs = (page: number) =>
    `?${new URLSearchParams({ ...(status ? { status } : {}), ...(sp.topic ? { topic: sp.topic } : {}), ...(sp.author ? { author: sp.author } : {}), ...(sp.q ? { q: sp.q } : {}), page: String(page) })}`;
  return (
    <section aria-labelledby="articles">
      {desk && <DeskAtAGlance initial={desk} />}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="articles" className="font-serif text-2xl font-bold">
          {editor ? "Articles" : "Your articles"}
        </h1>
        <form action={createArticleAction}>
          <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white">
            New article
          </button>
        </form>
      </div>
      <form className="mt-4 flex flex-wrap items-end gap-3 text-sm" role="search">
        <label className="flex flex-col font-semibold">
          Status
          <select name="status" defaultValue={status ?? ""} className="mt-1 rounded border border-neutral-400 px-2 py-1 font-normal">
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col font-semibold">
          Topic
          <select name="topic" defaultValue={sp.topic ?? ""} className="mt-1 rounded border border-neutral-400 px-2 py-1 font-normal">
            <option value="">All</option>
            {choices.topics.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col font-semibold">
          Author
          <select name="author" defaultValue={sp.author ?? ""} className="mt-1 rounded border border-neutral-400 px-2 py-1 font-normal">
            <option value="">All</option>
            {choices.authors.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col font-semibold">
          Headline or ID
          <input name="q" defaultValue={sp.q} className="mt-1 w-56 rounded border border-neutral-400 px-2 py-1 font-normal" />
        </label>
        <button className="rounded border border-neutral-500 px-3 py-1">Filter</button>
      </form>
      <p className="mt-3 text-sm text-muted">{list.total} article(s)</p>
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr className="border-b">
            <th className="py-2 pr-3">Headline</th>
            <th className="pr-3">ID</th>
            <th className="pr-3">Status</th>
            <th className="pr-3">Topics</th>
            <th>Updated</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((r) => (
            <tr key={r.id} className="border-b border-neutral-100 align-top">
              <td className="py-2 pr-3">
                <Link href={`/newsroom/articles/${r.id}`} className="font-medium hover:underline">
                  {r.headline || "(untitled draft)"}
                </Link>
              </td>
              <td className="pr-3 font-mono">{r.publicId ?? "—"}</td>
              <td className="pr-3">
                {r.status.toLowerCase()}
                {r.status === "SCHEDULED" && r.scheduledAt ? ` for ${formatDateTime(r.scheduledAt)}` : ""}
              </td>
              <td className="pr-3">{r.topics.map((t) => t.topic.name).join(", ")}</td>
              <td className="whitespace-nowrap">{formatDateTime(r.updatedAt)}</td>
            </tr>
          ))}
          {list.rows.length === 0 && (
            <tr>
              <td colSpan={5} className="py-4 text-muted">
                No articles match these filters.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <nav aria-label="Pages" className="mt-4 flex justify-between text-sm">
        {list.page > 1 ? (
          <Link href={qs(list.page - 1)} className="underline">
            ← Newer
          </Link>
        ) : (
          <span />
        )}
        <span className="text-muted">
          Page {list.page} of {list.pages}
        </span>
        {list.page < list.pages ? (
          <Link href={qs(list.page + 1)} className="underline">
            Older →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </section>
  );
}
