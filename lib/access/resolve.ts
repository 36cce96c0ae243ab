// Who is looking, for either router: the nginx front filling its cache of
// full pages (a verified shared-render header: no person, full access), else
// the reader of the next-auth database session, with the grants of the site
// licence whose office range the request's address is in (decision 22). App
// Router code calls it through current.ts, the Pages Router's article page
// through pages-request.ts: one rule, two ways of reading a request.
import { SHARED_FULL_READER, type Viewer } from "./rules.ts";
import { licenceForAddress } from "./ip-ranges.ts";
import { isSharedRender } from "./pass.ts";
import { siteKey } from "./site-key.ts";
import { viewerForSession, type SessionLike } from "./viewers.ts";

export async function resolveViewer(
  sharedRenderHeader: string | null | undefined,
  session: () => Promise<SessionLike>,
  address: string | null = null,
): Promise<Viewer> {
  if (isSharedRender(siteKey(), sharedRenderHeader)) return SHARED_FULL_READER;
  const [viewer, office] = await Promise.all([session().then(viewerForSession), address ? licenceForAddress(address) : null]);
  return office ? withOffice(viewer, office) : viewer;
}

/** The viewer, reading also under an office range's licence (its subscriptions, as "ip-range" grants). */
export function withOffice(viewer: Viewer, office: { organizationId: string; name: string; grants: Viewer["grants"] }): Viewer {
  return { ...viewer, grants: [...viewer.grants, ...office.grants], office: { organizationId: office.organizationId, name: office.name } };
}
