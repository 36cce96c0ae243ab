// Creating a share link (issue 20, decision 32): the "Share" form under a story
// read in full (components/share/ShareForm.tsx) posts here without JavaScript.
// Answered like a classic form: 303 to the sharer's links page, which shows the
// new link to copy, or why none was made (the monthly allowance, and when it
// starts again). Same-origin only (guard); the sharer must be signed in and read
// the story in full on their own account (lib/sharing/links.ts, lib/access).
import { currentViewer } from "@/lib/access/current";
import { guard } from "@/lib/http/guard";
import { createShareLink } from "@/lib/sharing/links";

function seeOther(location: string) {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

export const POST = guard("public", async (req) => {
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return new Response("Send the form's fields.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const article = String(form.get("article") ?? "").slice(0, 20);
  const viewer = await currentViewer();
  // Signed out (a session that ended since the page was served): sign in, then back to the story.
  if (!viewer.userId) return seeOther(`/sign-in?${new URLSearchParams({ callbackUrl: /^\d{10}$/.test(article) ? `/articles/${article}` : "/" })}`);
  const r = await createShareLink(viewer, { article });
  if (r.ok) return seeOther(`/account/share-links?${new URLSearchParams({ created: r.path })}`);
  return seeOther(`/account/share-links?${new URLSearchParams({ refused: r.reason })}`);
});
