import { headlineEmailFor } from "@/lib/editions/send";
import { guard } from "@/lib/http/guard";

// The headline email exactly as readers will get it (editors only).
export const GET = guard<{ params: Promise<{ id: string }> }>("editor", async (_req, { params, viewer }) => {
  const { id } = await params;
  const mail = await headlineEmailFor(id, viewer.userId!);
  return new Response(mail.html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
});
