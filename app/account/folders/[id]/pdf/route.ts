// A folder's PDF digest (decision 30): its owner only (anyone else's folder is a
// 404), with each article's body only when the owner may read it in full now.
import { folderForViewer } from "@/lib/folders/contents";
import { exportFileName, folderPdf } from "@/lib/folders/export";
import { guard } from "@/lib/http/guard";

export const dynamic = "force-dynamic";

export const GET = guard<{ params: Promise<{ id: string }> }>("signed-in", async (_req, { params, viewer }) => {
  const folder = await folderForViewer(viewer, (await params).id, { bodies: true });
  if (!folder) return new Response("No such folder.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  const { pdf } = await folderPdf(folder);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${exportFileName(folder, "pdf")}"`,
      "cache-control": "private, no-store",
    },
  });
});
