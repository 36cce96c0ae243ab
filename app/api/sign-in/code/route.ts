// The one-time code form (on /sign-in after asking, and on the zero-JS
// /sign-in/check-email): a plain POST. The code is tried only against the
// address this browser asked for (the pending-sign-in cookie), so it signs in
// only the browser that asked; it dies after 5 tries. Wrong, used up or
// expired: back to /sign-in/check-email, which says so and offers a new code.
import { z } from "zod";
import { signInHooks } from "@/app/sign-in/hooks";
import { sessionCookieHeader, signInByEmail } from "@/lib/auth/complete-sign-in";
import { clearPendingHeader, cookieFrom, PENDING_COOKIE, pendingEmail } from "@/lib/auth/pending-sign-in";
import { codeTriesLeft, countWrongCode } from "@/lib/auth/sign-in-limits";
import { tryCode } from "@/lib/auth/sign-in-request";
import { config } from "@/lib/config";
import { guard } from "@/lib/http/guard";
import { clientIp } from "@/lib/request";

const fields = z.object({ code: z.string().max(100).catch("") });

function seeOther(location: string, cookies: string[] = []) {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const c of cookies) headers.append("set-cookie", c);
  return new Response(null, { status: 303, headers });
}
const back = (params: Record<string, string>) => seeOther(`/sign-in/check-email?${new URLSearchParams(params)}`);

export const POST = guard("public", async (req) => {
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return new Response("Send the form's fields.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const code = fields.parse({ code: form.get("code") ?? "" }).code.replace(/[\s-]/g, "");
  const email = pendingEmail(cookieFrom(req.headers.get("cookie"), PENDING_COOKIE));
  if (!email) return back({ code: "expired" });
  if (!/^[0-9]{6}$/.test(code)) return back({ code: "format" });
  const ip = clientIp(req.headers);
  const gate = await codeTriesLeft(ip);
  if (!gate.allowed) return back({ code: "limited", retry: String(gate.retryAfterSeconds) });
  const result = await tryCode(email, code);
  if (result.ok) {
    const session = await signInByEmail(result.email, signInHooks, "code");
    return seeOther(result.callbackPath, [sessionCookieHeader(session), clearPendingHeader(config().siteUrl.startsWith("https://"))]);
  }
  if (result.reason === "wrong" || result.reason === "too-many") await countWrongCode(ip);
  if (result.reason === "wrong") return back({ code: "wrong", left: String(result.triesLeft) });
  return back({ code: result.reason });
});
