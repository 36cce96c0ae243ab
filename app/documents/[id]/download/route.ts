import { Readable } from "node:stream";
import { documentFileForViewer } from "@/lib/documents/queries";
import { guard } from "@/lib/http/guard";
import { currentViewer } from "@/lib/access/current";
import { countViewerRead } from "@/lib/usage/record";

// The file goes only to viewers with full access; everyone else is sent to
// the document's page (metadata and the gate) without one byte of the file.
export const GET = guard<{ params: Promise<{ id: string }> }>("public", async (req, { params }) => {
  const { id } = await params;
  const viewer = await currentViewer();
  const r = await documentFileForViewer(id, viewer);
  if (!r.allowed) return new Response(null, { status: 303, headers: { location: `/documents/${encodeURIComponent(id)}?gate=1`, "cache-control": "no-store" } });
  if (!r.file) return new Response("Not found", { status: 404 });
  countViewerRead(viewer, "DOCUMENT", id, "app", req.headers);
  const name = r.file.fileName.replace(/["\\\r\n]/g, "_");
  return new Response(Readable.toWeb(r.file.stream) as ReadableStream, {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(r.file.sizeBytes),
      "content-disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(r.file.fileName)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      etag: `"${r.file.sha256}"`,
    },
  });
});
