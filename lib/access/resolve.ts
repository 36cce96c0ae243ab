// Who is looking, for either router: the nginx front filling its cache of
// full pages (a verified shared-render header: no person, full access), else
// the reader of the next-auth database session. App Router code calls it
// through current.ts, the Pages Router's signed-in article page through
// pages-request.ts: one rule, two ways of reading a request.
import { SHARED_FULL_READER, type Viewer } from "./rules.ts";
import { isSharedRender } from "./pass.ts";
import { siteKey } from "./site-key.ts";
import { viewerForSession, type SessionLike } from "./viewers.ts";

export async function resolveViewer(sharedRenderHeader: string | null | undefined, session: () => Promise<SessionLike>): Promise<Viewer> {
  if (isSharedRender(siteKey(), sharedRenderHeader)) return SHARED_FULL_READER;
  return viewerForSession(await session());
}
