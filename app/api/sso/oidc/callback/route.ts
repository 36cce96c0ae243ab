// Where an OpenID Connect provider sends the browser back (a top-level GET):
// the code is exchanged, the ID token checked, the reader given a seat and a session.
import { guard } from "@/lib/http/guard";
import { answerOidc } from "@/lib/sso/answer";
import { clearStateCookie, readCookie, refusal, seeOther, sessionSetCookie } from "@/lib/sso/http";
import { STATE_COOKIE } from "@/lib/sso/oidc";

export const GET = guard("public", async (req) => {
  // The IdP's own parameters (code, state, iss, error…) are checked by openid-client; only their size is bounded here.
  const query = new URL(req.url).searchParams;
  if ([...query.keys()].length > 20 || query.toString().length > 8000) return seeOther("/sign-in/sso-error?reason=idp-refused");
  try {
    const { cookie, returnTo } = await answerOidc(query, readCookie(req.headers.get("cookie"), STATE_COOKIE));
    return seeOther(returnTo, [clearStateCookie(), sessionSetCookie(cookie)]);
  } catch (e) {
    return refusal(e, [clearStateCookie()]);
  }
});
