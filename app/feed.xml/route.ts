import { rssFeed } from "@/lib/feed";

export const revalidate = 300;

export async function GET() {
  return new Response(await rssFeed(), {
    headers: { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "public, s-maxage=300, stale-while-revalidate=600" },
  });
}
