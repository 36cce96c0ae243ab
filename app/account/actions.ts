"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { endSession } from "@/lib/auth/session";

export async function signOut() {
  const jar = await cookies();
  await endSession(jar);
  redirect("/");
}
