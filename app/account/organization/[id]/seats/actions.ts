"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { changeSeats, seatChangeInput } from "@/lib/billing/seat-change";
import { currentViewer } from "@/lib/access/current";

export type SeatState = { ok?: boolean; message?: string };

export async function confirmSeatChangeAction(_prev: SeatState, form: FormData): Promise<SeatState> {
  const parsed = seatChangeInput.safeParse({ organizationId: form.get("organizationId"), seats: form.get("seats") });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Please give a number of seats." };
  const viewer = await currentViewer();
  if (!viewer.userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/account/organization/${parsed.data.organizationId}`)}`);
  const r = await changeSeats(parsed.data.organizationId, parsed.data.seats, viewer);
  if (!r.ok) return r;
  revalidatePath(`/account/organization/${parsed.data.organizationId}`);
  redirect(`/account/organization/${encodeURIComponent(parsed.data.organizationId)}/seats?done=${parsed.data.seats}`);
}
