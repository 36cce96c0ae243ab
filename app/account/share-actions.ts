"use server";

// Revoking one of the reader's own share links (decision 32): a plain form in
// components/share/ShareLinksSection.tsx, working without JavaScript. Another
// reader's link is "not found" (lib/sharing/links.ts).
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/access/current";
import { revokeShareLink } from "@/lib/sharing/links";

export async function revokeShareLinkAction(form: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer.userId) redirect("/sign-in?callbackUrl=%2Faccount%2Fshare-links");
  const r = await revokeShareLink(viewer.userId, form.get("id"));
  redirect(`/account/share-links?${new URLSearchParams(r.ok ? { revoked: "1" } : { refused: "revoke" })}`);
}
