import { feedRoute } from "@/lib/feeds/route";

// A reader's private full-text feed (decision 31): never cached, never prerendered.
export const dynamic = "force-dynamic";

export const GET = feedRoute("json");
