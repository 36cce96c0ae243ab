import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { callbackUrlProblem } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";
import { joinByDomain } from "@/lib/organizations";

// Features that react to a sign-in: a licence whose domain matches the address gives a seat.
const options = () => authOptions({ onSignIn: async (user) => void (await joinByDomain(user.id, user.email)) });
import { config } from "@/lib/config";

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
  return NextAuth(req as never, { params } as never, options());
}

export { handler as GET, handler as POST };
