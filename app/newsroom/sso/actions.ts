"use server";

import { revalidatePath } from "next/cache";
import { asStaff } from "@/lib/newsroom/action";
import { configureOidc, configureSaml, removeSso } from "@/lib/sso/admin";

type State = { ok?: boolean; message?: string };

export async function configureOidcAction(_p: State, form: FormData) {
  return asStaff("admin", async (v) => {
    const orgId = form.get("organizationId");
    const r = await configureOidc(v, orgId, { issuer: form.get("issuer"), clientId: form.get("clientId"), clientSecret: form.get("clientSecret") });
    revalidatePath(`/newsroom/sso/${String(orgId)}`);
    return r;
  });
}

export async function configureSamlAction(_p: State, form: FormData) {
  return asStaff("admin", async (v) => {
    const orgId = form.get("organizationId");
    const r = await configureSaml(v, orgId, form.get("metadata"));
    revalidatePath(`/newsroom/sso/${String(orgId)}`);
    return r;
  });
}

export async function removeSsoAction(_p: State, form: FormData) {
  return asStaff("admin", async (v) => {
    const orgId = form.get("organizationId");
    const r = await removeSso(v, orgId);
    revalidatePath(`/newsroom/sso/${String(orgId)}`);
    return r;
  });
}
