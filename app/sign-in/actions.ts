"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestMagicLink } from "@/lib/auth/magic-link";
import { clientIp } from "@/lib/request";
import { ssoStartFor } from "@/lib/sso/route-for-email";

export type SignInState = { status: "idle" } | { status: "sent"; email: string } | { status: "error"; message: string; email: string };

export async function requestSignInLink(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = form.get("email");
  const sso = await ssoStartFor(email, form.get("returnTo")); // an address at a licence's SSO domain goes to its identity provider
  if (sso) redirect(sso);
  const result = await requestMagicLink({ email, callbackPath: form.get("returnTo"), ip: clientIp(await headers()) });
  if (result.ok) {
    (await cookies()).set(result.pending.name, result.pending.value, result.pending.options);
    return { status: "sent", email: result.email };
  }
  return { status: "error", message: result.message, email: typeof email === "string" ? email.slice(0, 254) : "" };
}
