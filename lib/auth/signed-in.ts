// What happens whenever a reader signs in, by any path: next-auth's event
// (lib/auth/options.ts), the Continue page of a link and the one-time code
// (lib/auth/complete-sign-in.ts), and single sign-on. One function, so a
// feature wired in SignInHooks (joining a licence by domain) runs for all.
import { startFreePreview } from "../access/preview.ts";
import { logger } from "../log.ts";
import type { SignInHooks } from "./options.ts";

const log = logger("auth");

export async function signedIn(user: { id: string; email?: string | null }, hooks: SignInHooks, how: string): Promise<void> {
  log.info("signed in", { userId: user.id, how });
  if (await startFreePreview(user.id)) log.info("first sign-in; free preview started", { userId: user.id });
  if (user.email) await hooks.onSignIn?.({ id: user.id, email: user.email });
}
