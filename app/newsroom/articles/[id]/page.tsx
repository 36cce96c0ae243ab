import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/newsroom/ArticleEditor";
import { isStaff } from "@/lib/access";
import { requireNewsroom } from "@/lib/newsroom/action";
import { articleForEditing, editorChoices } from "@/lib/newsroom/articles";
import { commentsOn, deskOf, mayEdit, mayOpen } from "@/lib/newsroom/review";

export const metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireNewsroom(`/newsroom/articles/${id}`);
  // A writer's list holds only their own drafts; anyone else's is not there for them.
  if (!(await mayOpen(viewer, id))) notFound();
  const [a, choices, desk, comments, edit] = await Promise.all([articleForEditing(id), editorChoices(), deskOf(id), commentsOn(id), mayEdit(viewer, id)]);
  if (!a) notFound();
  return (
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
  );
}
