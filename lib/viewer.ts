// Who is looking. Resolved on the server from the next-auth database session;
// returns a small object that lib/access.ts decides on. App Router pages use
// currentViewer(); the Pages Router's signed-in article page uses
// viewerOfPagesRequest() (lib/auth/pages-viewer.ts): the same rules.
import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { SHARED_FULL_READER, type Viewer } from "./access.ts";
import { isSharedRender, SHARED_RENDER_HEADER } from "./access-pass.ts";
import { siteKey } from "./auth/pass.ts";
import { viewerForSession } from "./viewers.ts";
import { authOptions } from "./auth/options.ts";

export { viewerForUser } from "./viewers.ts";

/** The viewer of the current request (once per request). */
export const currentViewer = cache(async (): Promise<Viewer> => {
  // The nginx front filling its cache of full pages (proxy.ts passes this header on only when verified; checked again here).
  if (isSharedRender(siteKey(), (await headers()).get(SHARED_RENDER_HEADER))) return SHARED_FULL_READER;
  return viewerForSession(await getServerSession(authOptions()));
});
