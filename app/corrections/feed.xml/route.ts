import { correctionsFeed } from "@/lib/feed";
import { guard } from "@/lib/http/guard";

// Per request: every link names the address this process runs at (decision 29).
// The front keeps it as its Cache-Control says; a correction purges it (lib/cache/invalidate.ts).
export const dynamic = "force-dynamic";

export const GET = guard("public", async () => {
  return new Response(await correctionsFeed(), {
    headers: { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "public, s-maxage=300, stale-while-revalidate=600" },
  });
});
