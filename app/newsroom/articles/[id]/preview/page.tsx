import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { requireNewsroom } from "@/lib/newsroom/action";
import { mayOpen } from "@/lib/newsroom/review";
import { previewArticle, type PreviewAs } from "@/lib/newsroom/preview";

export const metadata = { title: "Preview" };

const KINDS: Record<PreviewAs, string> = { anonymous: "an anonymous visitor", preview: "a free-preview reader", subscriber: "a subscriber" };

export default async function PreviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ as?: string }> }) {
  const { id } = await params;
  const viewer = await requireNewsroom(`/newsroom/articles/${id}`);
  if (!(await mayOpen(viewer, id))) notFound();
  const as = ((await searchParams).as ?? "anonymous") as PreviewAs;
  if (typeof as !== "string" || !Object.hasOwn(KINDS, as)) notFound();
  const view = await previewArticle(id, as);
  if (!view) notFound();
  // The gate as anonymous visitors get it: the plain form of the zero-JS teaser page.
  return (
    <div>
      <p className="mb-6 flex flex-wrap items-center gap-3 rounded bg-amber-50 p-3 text-sm" role="note">
        Previewing as <strong>{KINDS[as]}</strong>, exactly as the live site would show it.
        {(Object.keys(KINDS) as PreviewAs[])
          .filter((k) => k !== as)
          .map((k) => (
            <Link key={k} href={`?as=${k}`} className="underline">
              as {KINDS[k]}
            </Link>
          ))}
        <Link href={`/newsroom/articles/${id}`} className="ml-auto underline">
          Back to the editor
        </Link>
      </p>
      <ArticleView article={view} viewerKind={as === "anonymous" ? "anonymous" : as === "preview" ? "preview" : "subscriber"} canonicalUrl={view.path} />
    </div>
  );
}
