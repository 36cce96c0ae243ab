// On-demand revalidation of the Pages Router ISR pages (the home page and the
// anonymous article page): Next refreshes those only through res.revalidate()
// in a pages/api route, one concrete path at a time; revalidatePath does not
// reach them. Called by lib/cache/invalidate.ts, authenticated with the
// same HMAC token as /api/internal/revalidate; no viewer role applies.
import { timingSafeEqual } from "node:crypto";
import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { PAGES_ROUTER_PATH, revalidateToken } from "@/lib/cache/invalidate";
import { logger } from "@/lib/log";

const log = logger("revalidate");

const body = z.object({ paths: z.array(z.string().regex(PAGES_ROUTER_PATH)).min(1).max(1000) });

// One refresh of a path at a time, each starting after the one before has finished.
// Publishes arrive together (an editor's burst, the scheduler): had the last
// publish's refresh joined a render that began before its commit, that render
// would be the page's last word until the timer (found by the SIGKILL fault
// test: 19 of 20 stories on the home page). Chained, the refresh asked for
// after a commit always reads the database after it.
const chains = new Map<string, Promise<unknown>>();

function refreshAfterPrevious(path: string, refresh: () => Promise<void>): Promise<void> {
  const run = (chains.get(path) ?? Promise.resolve()).catch(() => {}).then(refresh);
  chains.set(path, run);
  const forget = () => {
    if (chains.get(path) === run) chains.delete(path);
  };
  run.then(forget, forget);
  return run;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("cache-control", "no-store");
  if (req.method !== "POST") return res.setHeader("allow", "POST").status(405).json({ error: "POST only" });
  const given = Buffer.from((req.headers.authorization ?? "").replace(/^Bearer /, ""));
  const want = Buffer.from(revalidateToken());
  if (given.length !== want.length || !timingSafeEqual(given, want)) return res.status(403).json({ error: "forbidden" });
  const parsed = body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "paths: ['/', '/teaser/<id>/<slug>', …] expected" });
  const revalidated: string[] = [];
  const failed: string[] = [];
  for (const p of parsed.data.paths) {
    try {
      // Only pages already in the cache: a teaser nobody has asked for is rendered on its first visit anyway.
      await refreshAfterPrevious(p, () => res.revalidate(p, { unstable_onlyGenerated: true }));
      revalidated.push(p);
    } catch (e) {
      log.warn("page not revalidated", { path: p, error: (e as Error).message });
      failed.push(p);
    }
  }
  return res.status(200).json({ revalidated, failed });
}
