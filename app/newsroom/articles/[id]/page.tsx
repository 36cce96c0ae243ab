import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/newsroom/ArticleEditor";
import { FreeToReadForm } from "@/components/newsroom/FreeToReadForm";
import { freeToReadOf } from "@/lib/newsroom/free-to-read";
import { isStaff } from "@/lib/access";
import { requireNewsroom } from "@/lib/newsroom/action";
import { articleForEditing, editorChoices } from "@/lib/newsroom/articles";
import { commentsOn, deskOf, mayEdit, mayOpen } from "@/lib/newsroom/review";

export const metadata = { title: "Edit article" };

export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { free: freeNotice } = await searchParams;
  const viewer = await requireNewsroom(`/newsroom/articles/${id}`);
  // A writer's list holds only their own drafts; anyone else's is not there for them.
  if (!(await mayOpen(viewer, id))) notFound();
  const [a, choices, desk, comments, edit, free] = await Promise.all([
    articleForEditing(id),
    editorChoices(),
    deskOf(id),
    commentsOn(id),
    mayEdit(viewer, id),
    freeToReadOf(id),
  ]);
  if (!a) notFound();
  return (
    <>
      <ArticleEditor
        initial={{
          id: a.id,
          publicId: a.publicId,
          status: a.status,
          version: a.version,
          headline: a.headline,
          slug: a.slug,
          teaser: a.teaser,
          body: a.body,
          topics: a.topics,
          authors: a.authors,
          documents: a.documents,
          scheduledAt: a.scheduledAt?.toISOString() ?? null,
        }}
        topics={choices.topics}
        authors={choices.authors}
        desk={{
          canPublish: isStaff(viewer),
          canEdit: edit.ok,
          readOnlyReason: edit.ok ? null : edit.message,
          review: desk.review,
          submittedAt: desk.submittedAt?.toISOString() ?? null,
          comments,
        }}
      />
      {isStaff(viewer) && free && <FreeToReadForm articleId={a.id} state={free} notice={typeof freeNotice === "string" ? freeNotice : null} />}
    </>
  );
}
