import { z } from "zod";
import { config } from "@/lib/config";
import { receiveUpload } from "@/lib/documents/upload";
import { guard, json } from "@/lib/http/guard";
import { enqueueExtraction } from "@/lib/jobs/queue";
import { hitLimit } from "@/lib/rate-limit";
import { storage } from "@/lib/storage";

// Upload a PDF to the library: the raw file is the request body (so the
// browser can report progress), its name in X-File-Name (percent-encoded, as
// encodeURIComponent writes it). Only the newsroom's own pages may send it
// (guard's same-origin rule).
const uploadHeaders = z.object({
  fileName: z
    .string()
    .max(2000, "X-File-Name is too long.")
    .transform((s, ctx) => {
      try {
        return decodeURIComponent(s).slice(0, 300);
      } catch {
        ctx.addIssue({ code: "custom", message: "X-File-Name must be the file's name percent-encoded as UTF-8 (encodeURIComponent)." });
        return z.NEVER;
      }
    })
    .default("document.pdf"),
  declaredBytes: z.coerce.number().int().nonnegative().nullable(),
});

export const POST = guard("editor", async (req, { viewer }) => {
  const headers = uploadHeaders.safeParse({ fileName: req.headers.get("x-file-name") ?? undefined, declaredBytes: req.headers.get("content-length") });
  if (!headers.success) return json(400, { code: "bad-headers", message: headers.error.issues[0].message });
  const limit = await hitLimit(`upload:${viewer.userId}`, 120, 3600);
  if (!limit.allowed)
    return json(
      429,
      { code: "rate-limited", message: "Too many uploads in the last hour; please wait a little." },
      { "retry-after": String(limit.retryAfterSeconds) },
    );
  const result = await receiveUpload(req.body, {
    fileName: headers.data.fileName,
    maxBytes: config().MAX_UPLOAD_MB * 1024 * 1024,
    declaredBytes: headers.data.declaredBytes,
    uploaderId: viewer.userId!,
    store: storage(),
    enqueueExtraction,
  });
  return result.ok ? json(201, result) : json(result.status, result);
});
