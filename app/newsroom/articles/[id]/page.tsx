import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/newsroom/ArticleEditor";
import { requireStaff } from "@/lib/auth/require";
import { articleForEditing, editorChoices } from "@/lib/newsroom/articles";

export const metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff(`/newsroom/articles/${id}`);
  const [a, choices] = await Promise.all([articleForEditing(id), editorChoices()]);
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
    />
  );
}
