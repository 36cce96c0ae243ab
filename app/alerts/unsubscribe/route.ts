// One-click unsubscribe from an alert email (RFC 8058): mail clients POST
// `List-Unsubscribe=One-Click` here without a session; the signed token in
// the URL names the alert, so a foreign Origin (a webmail's) is accepted
// (crossSite "signed"). A browser's GET is sent to the confirmation page,
// because link scanners follow GET links and must not stop alerts.
// Redirects name a path only: the browser resolves it against the address it
// used (the public one), never next start's own behind the front.
import { z } from "zod";
import { guard } from "@/lib/http/guard";
import { stopAlertByToken } from "@/lib/search/unsubscribe";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store" } });

export const GET = guard("public", async (req: Request) => {
  const token = new URL(req.url).searchParams.get("token") ?? "";
  return seeOther(`/alerts/stop?token=${encodeURIComponent(token.slice(0, 200))}`);
});

const formSchema = z.object({ from: z.enum(["page"]).optional() });

export const POST = guard(
  "public",
  async (req: Request) => {
    const token = new URL(req.url).searchParams.get("token");
    const form = await req.formData().catch(() => null);
    const from = formSchema.safeParse({ from: form?.get("from") ?? undefined });
    const r = await stopAlertByToken(token);
    if (from.success && from.data.from === "page") return seeOther(`/alerts/stop?${r.ok ? "stopped=1" : "invalid=1"}`);
    return r.ok ? text(200, `Unsubscribed: you will get no more emails for the alert "${r.name}".`) : text(400, "This unsubscribe link is not valid.");
  },
  { crossSite: "signed" },
);
