import { config } from "@/lib/config";
import { receiveUpload } from "@/lib/documents/upload";
import { guard, json } from "@/lib/http/guard";
import { enqueueExtraction } from "@/lib/jobs/queue";
import { hitLimit } from "@/lib/rate-limit";
import { storage } from "@/lib/storage";

// Upload a PDF to the library: the raw file is the request body (so the
// browser can report progress), its name in X-File-Name.
export const POST = guard("editor", async (req, { viewer }) => {
  const limit = await hitLimit(`upload:${viewer.userId}`, 120, 3600);
  if (!limit.allowed) return json(429, { code: "rate-limited", message: "Too many uploads in the last hour; please wait a little." }, { "retry-after": String(limit.retryAfterSeconds) });
  const declared = req.headers.get("content-length");
  const result = await receiveUpload(req.body, {
    fileName: decodeURIComponent(req.headers.get("x-file-name") ?? "document.pdf").slice(0, 300),
    maxBytes: config().MAX_UPLOAD_MB * 1024 * 1024,
    declaredBytes: declared ? Number(declared) : null,
    uploaderId: viewer.userId!,
    store: storage(),
    enqueueExtraction,
  });
  return result.ok ? json(201, result) : json(result.status, result);
});
