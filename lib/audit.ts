// Append-only record of publication, role and access changes, for admins.
import type { Prisma } from "./generated/prisma/client.ts";
import type { Tx, Db } from "./db.ts";
import { db } from "./db.ts";

export async function audit(actorId: string | null, action: string, subject: string, detail: Record<string, unknown> = {}, client: Tx | Db = db()) {
  await client.auditLog.create({ data: { actorId, action, subject, detail: detail as Prisma.InputJsonValue } });
}

export async function recentAudit(limit = 200) {
  const rows = await db().auditLog.findMany({
    orderBy: { at: "desc" },
    take: limit,
    select: { id: true, at: true, actorId: true, action: true, subject: true, detail: true },
  });
  const actors = await db().user.findMany({
    where: { id: { in: rows.map((r) => r.actorId).filter((x): x is string => !!x) } },
    select: { id: true, email: true },
  });
  const byId = new Map(actors.map((a) => [a.id, a.email]));
  return rows.map((r) => ({ ...r, actor: r.actorId ? (byId.get(r.actorId) ?? r.actorId) : "system" }));
}
