"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { enqueueEditionSend } from "@/lib/jobs/queue";
import { asStaff } from "@/lib/newsroom/action";
import { buildEditionFromDesk, sendTestFromDesk } from "@/lib/newsroom/editions";

type State = { ok?: boolean; message?: string };
const id = z.string().min(1).max(64);

export async function buildEditionAction(_p: State, form: FormData) {
  return asStaff("editor", async (v) => {
    const r = await buildEditionFromDesk(v.userId, { day: form.get("day"), since: form.get("since") ?? "" });
    revalidatePath("/newsroom/editions");
    return r;
  });
}

export async function sendEditionAction(_p: State, form: FormData) {
  return asStaff("editor", async (v) => {
    const editionId = id.parse(form.get("editionId"));
    await enqueueEditionSend(editionId);
    await audit(v.userId, "edition.send", editionId);
    revalidatePath("/newsroom/editions");
    return { ok: true, message: "Sending has started; the counts below update as it goes." };
  });
}

export async function sendTestAction(_p: State, form: FormData) {
  return asStaff("editor", (v) => sendTestFromDesk(v.userId, id.parse(form.get("editionId")), form.get("email")));
}
