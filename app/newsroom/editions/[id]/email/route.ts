import { z } from "zod";
import { headlineEmailFor, NoSuchEdition } from "@/lib/editions/send";
import { guard } from "@/lib/http/guard";

const editionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const noSuchEdition = () =>
  new Response("No such edition.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

// The headline email exactly as readers will get it (editors only).
export const GET = guard<{ params: Promise<{ id: string }> }>("editor", async (_req, { params, viewer }) => {
  const id = editionId.safeParse((await params).id);
  if (!id.success) return noSuchEdition();
  try {
    const mail = await headlineEmailFor(id.data, viewer.userId!);
    if (!mail)
      return new Response("This edition has no stories, so no email goes out.", {
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    return new Response(mail.html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
  } catch (e) {
    if (e instanceof NoSuchEdition) return noSuchEdition();
    throw e;
  }
});
