import { revalidatePath } from "next/cache";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { guard, json } from "@/lib/http/guard";
import { pagesRouterPaths, PUBLIC_PATHS, revalidatePagesRouterPages, revalidateToken } from "@/lib/newsroom/revalidate";

// Called by the job worker (another process) after scheduled publications.
// Authenticated with an HMAC of the app secret; no viewer role applies, and
// the caller is a process, not one of our pages (crossSite "signed").
// Body (optional): the articles that changed, whose teaser pages are refreshed
// with the home page (lib/newsroom/revalidate.ts).
const body = z.object({
  articles: z.array(z.object({ publicId: z.string().regex(/^\d{10}$/).nullable(), slugs: z.array(z.string().max(200)).max(5) })).max(500).default([]),
});

export const POST = guard("public", async (req) => {
  const given = Buffer.from((req.headers.get("authorization") ?? "").replace(/^Bearer /, ""));
  const want = Buffer.from(revalidateToken());
  if (given.length !== want.length || !timingSafeEqual(given, want)) return json(403, { error: "forbidden" });
  let data: unknown = {};
  try {
    const text = await req.text();
    if (text) data = JSON.parse(text);
  } catch {
    return json(400, { error: "the body must be JSON" });
  }
  const parsed = body.safeParse(data);
  if (!parsed.success) return json(400, { error: "articles: [{ publicId, slugs }] expected" });
  for (const [p, type] of PUBLIC_PATHS) revalidatePath(p, type);
  const pages = pagesRouterPaths(parsed.data.articles);
  await revalidatePagesRouterPages(pages);
  return json(200, { revalidated: PUBLIC_PATHS.length, pages });
}, { crossSite: "signed" });
