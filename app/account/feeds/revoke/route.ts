// Revoking one of the reader's feeds from the account page: a plain form POST
// (no JavaScript needed), same-origin only (the guard's default), the
// signed-in owner only (lib/feeds changes only the viewer's own feeds).
import { revokeFeed } from "@/lib/feeds/feeds";
import { guard } from "@/lib/http/guard";

export const dynamic = "force-dynamic";

export const POST = guard("signed-in", async (req, { viewer }) => {
  const form = await req.formData().catch(() => null);
  const r = await revokeFeed(viewer, form ?? {});
  if (!r.ok)
    return new Response(`${r.message} Back to your account: /account#feeds\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  // A path only: the browser resolves it against the address it used (the public one).
  return new Response(null, { status: 303, headers: { location: "/account#feeds", "cache-control": "no-store" } });
});
