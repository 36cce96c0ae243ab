// The viewer of a Pages Router request (getServerSideProps), by the same rule
// as current.ts (resolve.ts). Here next-auth can also refresh the session
// cookie's expiry on the response, which App Router pages cannot.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getServerSession } from "next-auth";
import { authOptions } from "../auth/options.ts";
import { SHARED_RENDER_HEADER } from "./pass.ts";
import { resolveViewer } from "./resolve.ts";
import type { Viewer } from "./rules.ts";

type Req = IncomingMessage & { cookies: Partial<Record<string, string>> };

export function viewerOfPagesRequest(req: Req, res: ServerResponse): Promise<Viewer> {
  const h = req.headers[SHARED_RENDER_HEADER];
  return resolveViewer(Array.isArray(h) ? h[0] : h, () => getServerSession(req, res, authOptions()));
}
