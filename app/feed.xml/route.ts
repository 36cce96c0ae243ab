import { rssFeed } from "@/lib/feed";
import { guard } from "@/lib/http/guard";

// Per request: every link names the address this process runs at, not the build's (decision 29).
// The front keeps it as its Cache-Control says.
export const dynamic = "force-dynamic";

export const GET = guard("public", async () => {
  return new Response(await rssFeed(), {
    headers: { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "public, s-maxage=300, stale-while-revalidate=600" },
  });
});
