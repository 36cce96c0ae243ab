// The "Continue" button of a sign-in link (app/sign-in/continue/page.tsx): a
// plain form POST that spends the link, starts the session and returns the
// reader where they were. Only this POST spends a link; a scanner's GET or
// HEAD of the page does not. A post from another site is refused by guard's
// same-origin rule, so no page elsewhere can sign a browser in with a link
// it holds (login CSRF). A link that cannot be used goes back to its page,
// which says why and offers a new one; pressed again by the browser it
// already signed in, it goes on to where the reader was going.
import { z } from "zod";
import { signInHooks } from "@/app/sign-in/hooks";
import { alreadySignedInAs, sessionCookieHeader, signInByEmail } from "@/lib/auth/complete-sign-in";
import { inspectLink, spendLink } from "@/lib/auth/sign-in-request";
import { guard } from "@/lib/http/guard";

const fields = z.object({ token: z.string().max(200).catch("") });

function seeOther(location: string, cookies: string[] = []) {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const c of cookies) headers.append("set-cookie", c);
  return new Response(null, { status: 303, headers });
}

export const POST = guard("public", async (req) => {
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return new Response("Send the form's fields.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const { token } = fields.parse({ token: form.get("token") ?? "" });
  const spent = await spendLink(token);
  if (!spent.ok) {
    const link = await inspectLink(token);
    if (link.state === "used" && (await alreadySignedInAs(req.headers.get("cookie"), link.email))) return seeOther(link.callbackPath);
    return seeOther(`/sign-in/continue?${new URLSearchParams({ token })}`);
  }
  const session = await signInByEmail(spent.email, signInHooks, "link");
  return seeOther(spent.callbackPath, [sessionCookieHeader(session)]);
});
