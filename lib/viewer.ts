// Who is looking. Resolved on the server from the next-auth database session;
// returns a small object that lib/access.ts decides on.
import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { ANONYMOUS, SHARED_FULL_READER, type Viewer } from "./access.ts";
import { isSharedRender, SHARED_RENDER_HEADER } from "./access-pass.ts";
import { siteKey } from "./auth/pass.ts";
import { toViewer, viewerSelect } from "./viewers.ts";
import { authOptions } from "./auth/options.ts";
import { db } from "./db.ts";

/** The viewer for a user id: role, preview window, and every subscription that could let them read. */
export async function viewerForUser(userId: string): Promise<Viewer> {
  const user = await db().user.findUnique({ where: { id: userId }, select: viewerSelect });
  return user ? toViewer(user) : ANONYMOUS;
}

/** The viewer of the current request (once per request). */
export const currentViewer = cache(async (): Promise<Viewer> => {
  // The nginx front filling its cache of full pages (proxy.ts passes this header on only when verified; checked again here).
  if (isSharedRender(siteKey(), (await headers()).get(SHARED_RENDER_HEADER))) return SHARED_FULL_READER;
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (id) return viewerForUser(id);
  const email = session?.user?.email;
  if (!email) return ANONYMOUS;
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  return user ? viewerForUser(user.id) : ANONYMOUS;
});
