import { revalidatePath } from "next/cache";
import { timingSafeEqual } from "node:crypto";
import { guard, json } from "@/lib/http/guard";
import { PUBLIC_PATHS, revalidateToken } from "@/lib/newsroom/revalidate";

// Called by the job worker (another process) after scheduled publications.
// Authenticated with an HMAC of the app secret; no viewer role applies.
export const POST = guard("public", async (req) => {
  const given = Buffer.from((req.headers.get("authorization") ?? "").replace(/^Bearer /, ""));
  const want = Buffer.from(revalidateToken());
  if (given.length !== want.length || !timingSafeEqual(given, want)) return json(403, { error: "forbidden" });
  for (const [p, type] of PUBLIC_PATHS) revalidatePath(p, type);
  return json(200, { revalidated: PUBLIC_PATHS.length });
});
