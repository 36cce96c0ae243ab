import { notFound } from "next/navigation";
import { ListingPage } from "@/components/article/ListingPage";
import { listing, listingSubject } from "@/lib/articles/listing";

// Cached by Next (ISR), for signed-in readers too: every render of it carries the
// install's nonce placeholder, which the front turns into a fresh nonce per response
// (lib/proxy/csp.ts, docs/decisions/0010-security-headers.md).
export const revalidate = 60;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

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
