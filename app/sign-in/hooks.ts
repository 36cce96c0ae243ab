// What features do when a reader signs in, by any path (next-auth's event,
// the Continue page, the one-time code, single sign-on): a licence whose
// domain matches the address gives a seat. Wired here, in app/, because
// lib/auth depends on no feature.
import type { SignInHooks } from "@/lib/auth/options";
import { joinByDomain } from "@/lib/organizations";

export const signInHooks: SignInHooks = { onSignIn: async (user) => void (await joinByDomain(user.id, user.email)) };
