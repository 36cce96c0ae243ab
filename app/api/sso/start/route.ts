// Sends the browser to its licence's identity provider (OIDC or SAML). The
// sign-in form and the zero-JS preview sign-up redirect here for addresses at
// a domain with single sign-on (lib/sso/route-for-email.ts). A GET: it changes
// nothing but a short-lived pending request, and the IdP's answer is bound to it.
import { z } from "zod";
import { guard } from "@/lib/http/guard";
import { clientIp } from "@/lib/request";
import { refusal, seeOther, stateCookie } from "@/lib/sso/http";
import { startSsoFor } from "@/lib/sso/start";

const query = z.object({ org: z.string().max(64).catch(""), returnTo: z.string().max(1000).catch("/"), hint: z.string().max(254).catch("") });

export const GET = guard("public", async (req) => {
  const q = new URL(req.url).searchParams;
  const { org, returnTo, hint } = query.parse({ org: q.get("org") ?? "", returnTo: q.get("returnTo") ?? "/", hint: q.get("hint") ?? "" });
  try {
    const { url, state } = await startSsoFor(org, returnTo, hint, clientIp(req.headers));
    return seeOther(url, state ? [stateCookie(state)] : []);
  } catch (e) {
    return refusal(e);
  }
});
