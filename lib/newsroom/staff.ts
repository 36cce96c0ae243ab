// Staff roles, managed by admins; every change is audited.
import "server-only";
import { z } from "zod";
import { audit } from "../audit.ts";
import { normaliseEmail } from "../auth/magic-link.ts";
import { db } from "../db.ts";

export async function listStaff() {
  return db().user.findMany({
    where: { role: { in: ["WRITER", "EDITOR", "ADMIN"] } },
    select: { id: true, email: true, role: true },
    orderBy: { email: "asc" },
  });
}

const role = z.enum(["READER", "WRITER", "EDITOR", "ADMIN"]);

export async function setRole(actorId: string, emailInput: unknown, roleInput: unknown): Promise<{ ok: boolean; message: string }> {
  const email = normaliseEmail(emailInput);
  const r = role.safeParse(roleInput);
  if (!email || !r.success) return { ok: false, message: "Give a valid email address and a role." };
  const user = await db().user.upsert({ where: { email }, create: { email, role: r.data }, update: { role: r.data }, select: { id: true } });
  if (user.id === actorId && r.data !== "ADMIN") {
    await db().user.update({ where: { id: actorId }, data: { role: "ADMIN" } });
    return { ok: false, message: "You cannot remove your own admin role; ask another admin." };
  }
  await audit(actorId, "staff.role", email, { role: r.data });
  return { ok: true, message: `${email} is now ${r.data.toLowerCase()}.` };
}
