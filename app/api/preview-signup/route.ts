// The free-preview sign-up of the zero-JS reader pages (components/paywall/
// PlainSignupForm.tsx): a plain form POST, no JavaScript. Does what the
// server action requestSignInLink (app/sign-in/actions.ts) does, through the
// same lib function (validation, rate limits, the magic-link email), and
// answers like a classic form: 303 to "check your email" (setting the
// pending-sign-in cookie that the emailed code is checked against), or 303 to /sign-in
// with the reason, the wait and the typed address, where the form shows the
// error (the article page is cached for everyone and cannot show it).
import { z } from "zod";
import { requestMagicLink, safeCallbackPath } from "@/lib/auth/magic-link";
import { pendingCookieHeader } from "@/lib/auth/pending-sign-in";
import { guard } from "@/lib/http/guard";
import { clientIp } from "@/lib/request";
import { ssoStartFor } from "@/lib/sso/route-for-email";

const fields = z.object({
  // Address validation proper is requestMagicLink's; this bounds what is echoed back.
  email: z.string().max(1000).catch(""),
  returnTo: z.string().max(1000).catch("/"),
});

function seeOther(location: string, cookie?: string) {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store", ...(cookie ? { "set-cookie": cookie } : {}) } });
}

// A cross-site post is refused by guard's same-origin rule (it stands in for next-auth's CSRF token here).
export const POST = guard("public", async (req) => {
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return new Response("Send the form's fields.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const { email, returnTo } = fields.parse({ email: form.get("email") ?? "", returnTo: form.get("returnTo") ?? "/" });
  const callbackPath = safeCallbackPath(returnTo);
  const sso = await ssoStartFor(email, callbackPath); // an address at a licence's SSO domain goes to its identity provider
  if (sso) return seeOther(sso);
  const result = await requestMagicLink({ email, callbackPath, ip: clientIp(req.headers) });
  if (result.ok) return seeOther("/sign-in/check-email", pendingCookieHeader(result.pending));
  const back = new URLSearchParams({ callbackUrl: callbackPath, error: result.reason, email: email.slice(0, 254) });
  if (result.retryAfterSeconds) back.set("retry", String(result.retryAfterSeconds));
  return seeOther(`/sign-in?${back}`);
});
