// Signing a reader in the way a reader does: the sign-up form, the email,
// the link and its Continue button. Returns the session cookie.
import { followLink, magicLinkFrom, submitSignupForm, waitForMail } from "./fixtures.ts";

export async function signInByEmail(email: string, headers: Record<string, string> = {}): Promise<string> {
  await submitSignupForm("/articles/2007090041", email, {
    "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    ...headers,
  });
  const landed = await followLink(magicLinkFrom(await waitForMail(email)));
  const session = landed.cookie.split("; ").find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in of ${email} gave no session (landed on ${landed.url}, ${landed.status})`);
  return session;
}
