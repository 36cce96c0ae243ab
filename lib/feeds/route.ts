// The GET handler of one feed format's route (app/feeds/[token]/*): public,
// because the token in the path is the whole authority; no session is read.
import "server-only";
import { guard } from "../http/guard.ts";
import type { FeedFormat } from "./formats.ts";
import { serveFeed } from "./serve.ts";

export function feedRoute(format: FeedFormat) {
  return guard<{ params: Promise<{ token: string }> }>("public", async (_req, { params }) => serveFeed((await params).token, format));
}
