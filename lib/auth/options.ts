// next-auth v4: email (magic link) sign-in, database sessions in PostgreSQL.
// Sign-in links and codes are issued and checked by our own code
// (lib/auth/magic-link.ts, lib/auth/sign-in-request.ts; decision 0021);
// next-auth keeps the database sessions, its session endpoint and sign-out.
// Its email callback is closed (app/api/auth/[...nextauth]/route.ts).
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { startFreePreview } from "../access/preview.ts";
import { logger } from "../log.ts";
import { signedIn } from "./signed-in.ts";

const log = logger("auth");

/** How long a signed-in session lasts (next-auth's and lib/auth/start-session.ts's). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** What features do when a reader signs in (the next-auth route wires them; lib/auth and lib/access depend on no feature). */
export type SignInHooks = { onSignIn?: (user: { id: string; email: string }) => Promise<void> };

export function authOptions(hooks: SignInHooks = {}): NextAuthOptions {
  const c = config();
  const secure = c.siteUrl.startsWith("https://");
  // next-auth v4 builds its callback and redirect URLs from NEXTAUTH_URL
  // (default http://localhost:3000); SITE_URL is our single source for it.
  process.env.NEXTAUTH_URL = `${c.siteUrl}/api/auth`;
  return {
    // The generated Prisma 7 client has the model delegates the adapter uses.
    adapter: PrismaAdapter(db() as never),
    secret: c.authSecret,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 3600 },
    useSecureCookies: secure,
    providers: [
      EmailProvider({
        // Links are sent by requestMagicLink(); this path is not used for sending.
        server: { host: "127.0.0.1", port: 1 },
        from: c.EMAIL_FROM,
        maxAge: c.MAGIC_LINK_MINUTES * 60,
        async sendVerificationRequest() {
          throw new Error("Sign-in links are issued by requestMagicLink(), not next-auth's form.");
        },
      }),
    ],
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    callbacks: {
      // The user's id travels with the session, so the request's viewer is
      // loaded by primary key instead of a second lookup by email.
      session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id } };
      },
      async redirect({ url, baseUrl }) {
        if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === baseUrl) return url;
        } catch {}
        return baseUrl;
      },
    },
    events: {
      // First sign-in: the free preview starts now. Also for an account made
      // before its owner ever signed in (a licence admin added them): the
      // preview starts at their first sign-in, as for any new reader.
      async createUser({ user }) {
        if (await startFreePreview(user.id)) log.info("new reader; free preview started", { userId: user.id });
      },
      async signIn({ user }) {
        await signedIn(user, hooks, "next-auth");
      },
    },
    logger: {
      error: (code, meta) =>
        log.error(`next-auth ${code}`, { detail: meta instanceof Error ? meta.message : String((meta as { message?: string })?.message ?? "") }),
      warn: (code) => log.warn(`next-auth ${code}`),
      debug: () => {},
    },
  };
}
