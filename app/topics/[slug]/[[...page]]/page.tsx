import { notFound } from "next/navigation";
import { ListingPage } from "@/components/article/ListingPage";
import { listing, listingSubject } from "@/lib/articles/listing";

// Rendered per request, so its scripts carry this response's nonce (or the
// front's placeholder); the front keeps the anonymous copy (lib/proxy/front-cache.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export async function generateMetadata({ params }: Props) {
  const s = await listingSubject("topics", (await params).slug);
  return s ? { title: s.name, description: s.description } : {};
}

export default async function TopicPage({ params }: Props) {
  const { slug, page } = await params;
  const l = await listing("topics", slug, page);
  if (!l) notFound();
  return <ListingPage {...l} />;
}
