import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { guard, json } from "@/lib/http/guard";
import { invalidateHere, revalidateToken } from "@/lib/cache/invalidate";

// Called by the job worker (another process) after scheduled publications:
// empties exactly what an editor's publish empties (lib/cache/invalidate.ts).
// Authenticated with an HMAC of the app secret; no viewer role applies, and
// the caller is a process, not one of our pages (crossSite "signed").
// Body (optional): the articles that changed.
const body = z.object({
  articles: z
    .array(
      z.object({
        publicId: z
          .string()
          .regex(/^\d{10}$/)
          .nullable(),
        slugs: z.array(z.string().max(200)).max(5),
      }),
    )
    .max(500)
    .default([]),
});

export const POST = guard(
  "public",
  async (req) => {
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
    await invalidateHere(parsed.data.articles);
    return json(200, { invalidated: parsed.data.articles.length });
  },
  { crossSite: "signed" },
);
