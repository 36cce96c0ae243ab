// Signing a reader in the way a reader does: the sign-up form, the email,
// the link. Returns the session cookie.
import { magicLinkFrom, submitSignupForm, waitForMail } from "./fixtures.ts";

export async function signInByEmail(email: string, headers: Record<string, string> = {}): Promise<string> {
  await submitSignupForm("/articles/2007090041", email, {
    "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    ...headers,
  });
  let url = magicLinkFrom(await waitForMail(email));
  let cookie = "";
  for (let i = 0; i < 6; i++) {
    const res = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
    for (const sc of res.headers.getSetCookie()) cookie += (cookie ? "; " : "") + sc.split(";")[0];
    const loc = res.headers.get("location");
    if (!loc) break;
    url = new URL(loc, url).toString();
  }
  const session = cookie.split("; ").find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in of ${email} gave no session`);
  return session;
}
