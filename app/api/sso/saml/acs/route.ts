// The SAML assertion consumer service (HTTP-POST binding).
//
// Exempt from the same-origin rule (crossSite "signed", decision 0017 and
// 0023): the identity provider's page posts the reader's browser here from
// the IdP's own origin, so a cross-site POST is its only legitimate sender.
// The request carries its own authority: the IdP's XML signature over the
// assertion, checked against the certificate in the licence's metadata, an
// InResponseTo naming an AuthnRequest we issued (used once, ten minutes), the
// audience, the validity window, and a store of used assertion IDs.
import { z } from "zod";
import { guard } from "@/lib/http/guard";
import { answerSaml } from "@/lib/sso/answer";
import { refusal, seeOther, sessionSetCookie } from "@/lib/sso/http";

const fields = z.object({ SAMLResponse: z.string().max(500_000).catch("") });

export const POST = guard(
  "public",
  async (req) => {
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      return seeOther("/sign-in/sso-error?reason=idp-refused");
    }
    const { SAMLResponse } = fields.parse({ SAMLResponse: form.get("SAMLResponse") ?? "" });
    try {
      const { cookie, returnTo } = await answerSaml(SAMLResponse);
      return seeOther(returnTo, [sessionSetCookie(cookie)]);
    } catch (e) {
      return refusal(e);
    }
  },
  { crossSite: "signed" },
);
