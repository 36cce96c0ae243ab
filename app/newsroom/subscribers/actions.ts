"use server";

import { revalidatePath } from "next/cache";
import { adminOrThrow, NotAllowed } from "@/lib/auth/require";
import { grantComplimentary, setSeats } from "@/lib/newsroom/subscribers";

type State = { ok?: boolean; message?: string };

async function asAdmin(fn: (actorId: string) => Promise<State>): Promise<State> {
  try {
    const v = await adminOrThrow();
    return await fn(v.userId!);
  } catch (e) {
    if (e instanceof NotAllowed) return { ok: false, message: "403: administrators only." };
    throw e;
  }
}

export async function grantComplimentaryAction(_p: State, form: FormData): Promise<State> {
  return asAdmin(async (actor) => {
    const r = await grantComplimentary(actor, { email: form.get("email"), until: form.get("until") });
    revalidatePath("/newsroom/subscribers");
    return r;
  });
}

export async function setSeatsAction(_p: State, form: FormData): Promise<State> {
  return asAdmin(async (actor) => {
    const r = await setSeats(actor, String(form.get("organizationId") ?? ""), form.get("seats"));
    revalidatePath("/newsroom/subscribers");
    return r;
  });
}
