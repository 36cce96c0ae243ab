// The viewer of a Pages Router request (getServerSideProps), by the same rules
// as lib/viewer.ts's currentViewer: the front's verified shared render, else
// the next-auth database session. Here next-auth can also refresh the
// session cookie's expiry on the response, which App Router pages cannot.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getServerSession } from "next-auth";
import { SHARED_FULL_READER, type Viewer } from "../access.ts";
import { isSharedRender, SHARED_RENDER_HEADER } from "../access-pass.ts";
import { viewerForSession } from "../viewers.ts";
import { authOptions } from "./options.ts";
import { siteKey } from "./pass.ts";

type Req = IncomingMessage & { cookies: Partial<Record<string, string>> };

export async function viewerOfPagesRequest(req: Req, res: ServerResponse): Promise<Viewer> {
  const h = req.headers[SHARED_RENDER_HEADER];
  if (isSharedRender(siteKey(), Array.isArray(h) ? h[0] : h)) return SHARED_FULL_READER;
  return viewerForSession(await getServerSession(req, res, authOptions()));
}
