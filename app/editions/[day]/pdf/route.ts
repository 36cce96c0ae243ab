import { Readable } from "node:stream";
import { editionPdfForViewer } from "@/lib/editions/queries";
import { guard } from "@/lib/http/guard";
import { currentViewer } from "@/lib/access/current";
import { countViewerRead } from "@/lib/usage/record";

export const GET = guard<{ params: Promise<{ day: string }> }>("public", async (req, { params }) => {
  const { day } = await params;
  const viewer = await currentViewer();
  const r = await editionPdfForViewer(day, viewer);
  if (!r.allowed) return new Response(null, { status: 303, headers: { location: "/editions?gate=1", "cache-control": "no-store" } });
  if (!r.file) return new Response("No edition for that day.", { status: 404 });
  countViewerRead(viewer, "EDITION", day, "app", req.headers);
  return new Response(Readable.toWeb(r.file.stream) as ReadableStream, {
    headers: {
      "content-type": "application/pdf",
      ...(r.file.bytes ? { "content-length": String(r.file.bytes) } : {}),
      "content-disposition": `inline; filename="trade-law-daily-${day}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
});
