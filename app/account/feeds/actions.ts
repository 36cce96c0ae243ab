"use server";

import { revalidatePath } from "next/cache";
import { createFeed, type CreateResult } from "@/lib/feeds/feeds";
import { currentViewer } from "@/lib/access/current";

export type FeedFormState = { ok?: boolean; message?: string; urls?: Extract<CreateResult, { ok: true }>["urls"] };

// lib/feeds/feeds.ts validates the input and checks the viewer's access; the
// new feed's URLs come back once, in this answer, and are never stored.
export async function createFeedAction(_prev: FeedFormState, form: FormData): Promise<FeedFormState> {
  const r = await createFeed(await currentViewer(), form);
  if (r.ok) revalidatePath("/account");
  return r;
}
