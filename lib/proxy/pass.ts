// Step: access passes (docs/decisions/0012-subscriber-page-cache.md). A
// signed-in article request without a valid pass gets one, so the front can
// serve this reader's next article pages from its cache of full pages. Only
// article pages: elsewhere it would put a database lookup on pages that need
// none, such as the cached home page.
import type { NextRequest, NextResponse } from "next/server";
import { hasValidPass, mintPassForSession } from "../access/mint.ts";
import { PASS_COOKIE } from "../access/pass.ts";
import { logger } from "../log.ts";

const log = logger("proxy");

export async function attachPass(res: NextResponse, req: NextRequest, sessionToken: string, mint = mintPassForSession): Promise<void> {
  if (hasValidPass(req.cookies.get(PASS_COOKIE)?.value, sessionToken)) return;
  try {
    const pass = await mint(sessionToken);
    if (pass) res.cookies.set(pass.name, pass.value, { httpOnly: true, sameSite: "lax", secure: pass.secure, path: "/", maxAge: pass.maxAge });
    else res.cookies.delete(PASS_COOKIE);
  } catch (e) {
    // No pass only means this reader's pages come from the app, not the front's cache.
    log.warn("access pass not minted", { error: (e as Error).message });
  }
}
