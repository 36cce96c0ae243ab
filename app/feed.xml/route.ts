import { rssFeed } from "@/lib/feed";

// Per request: every link names the address this process runs at, not the build's (decision 29).
// The front keeps it as its Cache-Control says.
export const dynamic = "force-dynamic";

export async function GET() {
  return new Response(await rssFeed(), {
    headers: { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "public, s-maxage=300, stale-while-revalidate=600" },
  });
}
