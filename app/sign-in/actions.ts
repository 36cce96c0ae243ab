"use server";

import { cookies, headers } from "next/headers";
import { requestMagicLink } from "@/lib/auth/magic-link";
import { clientIp } from "@/lib/request";

export type SignInState = { status: "idle" } | { status: "sent"; email: string } | { status: "error"; message: string; email: string };

export async function requestSignInLink(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = form.get("email");
  const result = await requestMagicLink({ email, callbackPath: form.get("returnTo"), ip: clientIp(await headers()) });
  if (result.ok) {
    (await cookies()).set(result.pending.name, result.pending.value, result.pending.options);
    return { status: "sent", email: result.email };
  }
  return { status: "error", message: result.message, email: typeof email === "string" ? email.slice(0, 254) : "" };
}
