"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentViewer } from "@/lib/access/current";
import { setOfficeRanges, type RangesResult } from "@/lib/ranges/store";

export type RangesFormState = { ok?: boolean; message?: string; problems?: { line: number; input: string; message: string }[]; text?: string };

const orgId = z.string().min(1).max(64);

/** A form's fields, whether the action got FormData (a browser) or a plain object (a script). */
function fields(input: unknown): Record<string, unknown> {
  if (input instanceof FormData) return Object.fromEntries([...input.entries()].filter(([k]) => !k.startsWith("$")));
  return input && typeof input === "object" ? (input as Record<string, unknown>) : {};
}

/** Save a licence's office IP ranges (one a line); on refusal the typed list comes back unchanged, with each line's problem. */
export async function setOfficeRangesAction(_prev: RangesFormState, form: FormData): Promise<RangesFormState> {
  const f = fields(form);
  const id = orgId.safeParse(f.organizationId);
  const text = typeof f.ranges === "string" ? f.ranges : "";
  if (!id.success) return { ok: false, message: "Unknown organisation.", text };
  const r: RangesResult = await setOfficeRanges(id.data, { text, allowBroad: f.allowBroad === "on" }, await currentViewer());
  if (r.ok) revalidatePath(`/account/organization/${id.data}`);
  return r.ok ? { ok: true, message: r.message, text } : { ok: false, message: r.message, problems: r.problems, text };
}
