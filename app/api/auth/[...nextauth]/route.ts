import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { callbackUrlProblem } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";
import { signInHooks } from "@/app/sign-in/hooks";
import { config } from "@/lib/config";

const options = () => authOptions(signInHooks);

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Not through guard(): next-auth has its own CSRF token on its state-changing
// POSTs (docs/decisions/0017-same-origin-rule.md), and its own error pages.
// next-auth v4 reads params synchronously; Next 16 passes a promise.
async function handler(req: NextRequest, ctx: Ctx) {
  const problem = callbackUrlProblem(req.nextUrl.searchParams, req.cookies.getAll(), config().siteUrl);
  if (problem) {
    const headers = new Headers({ "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    for (const name of problem.clear)
      headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
    return new Response(problem.message, { status: 400, headers });
  }
  const params = await ctx.params;
  // next-auth's email callback is closed: links are spent only by the POST of
  // our Continue page (docs/decisions/0021-sign-in-codes-and-scanners.md), and
  // no token is stored where this callback looks. An old-style link, or one
  // made up, gets the page that offers a new link, and signs nobody in.
  if (params.nextauth?.[0] === "callback" && params.nextauth[1] === "email") {
    const email = req.nextUrl.searchParams.get("email")?.slice(0, 254) ?? "";
    const to = `/sign-in/error?${new URLSearchParams({ error: "Verification", ...(email ? { email } : {}) })}`;
    return new Response(null, { status: 303, headers: { location: to, "cache-control": "no-store" } });
  }
  return NextAuth(req as never, { params } as never, options());
}

export { handler as GET, handler as POST };
