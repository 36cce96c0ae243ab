"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentViewer } from "@/lib/access/current";
import { setOfficeRanges, type RangesResult } from "@/lib/ranges/store";

export type RangesFormState = { ok?: boolean; message?: string; problems?: { line: number; input: string; message: string }[]; text?: string };

const orgId = z.string().min(1).max(64);

/** Save a licence's office IP ranges (one a line); on refusal the typed list comes back unchanged, with each line's problem. */
export async function setOfficeRangesAction(_prev: RangesFormState, form: FormData): Promise<RangesFormState> {
  const id = orgId.safeParse(form.get("organizationId"));
  const text = typeof form.get("ranges") === "string" ? (form.get("ranges") as string) : "";
  if (!id.success) return { ok: false, message: "Unknown organisation.", text };
  const r: RangesResult = await setOfficeRanges(id.data, { text, allowBroad: form.get("allowBroad") === "on" }, await currentViewer());
  if (r.ok) revalidatePath(`/account/organization/${id.data}`);
  return r.ok ? { ok: true, message: r.message, text } : { ok: false, message: r.message, problems: r.problems, text };
}
