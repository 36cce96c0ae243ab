import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { joinByDomain } from "@/lib/organizations";

// Features that react to a sign-in: a licence whose domain matches the address gives a seat.
const options = () => authOptions({ onSignIn: async (user) => void (await joinByDomain(user.id, user.email)) });

type Ctx = { params: Promise<{ nextauth: string[] }> };

// next-auth v4 reads params synchronously; Next 16 passes a promise.
async function handler(req: Request, ctx: Ctx) {
  const params = await ctx.params;
  return NextAuth(req as never, { params } as never, options());
}

export { handler as GET, handler as POST };
