// The viewer of a Pages Router request (getServerSideProps), by the same rule
// as current.ts (resolve.ts). Here next-auth can also refresh the session
// cookie's expiry on the response, which App Router pages cannot.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getServerSession } from "next-auth";
import { authOptions } from "../auth/options.ts";
import { clientIp } from "../request.ts";
import { SHARED_RENDER_HEADER } from "./pass.ts";
import { resolveViewer } from "./resolve.ts";
import type { Viewer } from "./rules.ts";

type Req = IncomingMessage & { cookies: Partial<Record<string, string>> };

export function viewerOfPagesRequest(req: Req, res: ServerResponse): Promise<Viewer> {
  const h = req.headers[SHARED_RENDER_HEADER];
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  return resolveViewer(Array.isArray(h) ? h[0] : h, () => getServerSession(req, res, authOptions()), clientIp(headers));
}
