// The viewer of the current App Router request (server components, server
// actions, route handlers), once per request.
import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { clientIp } from "../request.ts";
import { authOptions } from "../auth/options.ts";
import { SHARED_RENDER_HEADER } from "./pass.ts";
import { resolveViewer } from "./resolve.ts";
import type { Viewer } from "./rules.ts";

export const currentViewer = cache(async (): Promise<Viewer> => {
  const h = await headers();
  return resolveViewer(h.get(SHARED_RENDER_HEADER), () => getServerSession(authOptions()), clientIp(h));
});
