// A folder as CSV (decision 30): its owner only; anyone else's folder is a 404.
import { folderForViewer } from "@/lib/folders/contents";
import { exportFileName, folderCsv } from "@/lib/folders/export";
import { guard } from "@/lib/http/guard";

export const dynamic = "force-dynamic";

export const GET = guard<{ params: Promise<{ id: string }> }>("signed-in", async (_req, { params, viewer }) => {
  const folder = await folderForViewer(viewer, (await params).id);
  if (!folder) return new Response("No such folder.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  return new Response(folderCsv(folder), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(folder, "csv")}"`,
      "cache-control": "private, no-store",
    },
  });
});
