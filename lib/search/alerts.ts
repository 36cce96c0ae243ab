// Saved searches ("alerts"): a reader keeps a search and is emailed what new
// articles and documents match it. Stored in tables of our own migration
// (prisma/migrations/20261128000000_search) and read with parameterised raw
// SQL. Every change is scoped to the signed-in owner in the SQL itself
// (`where "id" = … and "userId" = …`), so no one can touch another's alert,
// and "not yours" and "does not exist" look the same.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Viewer } from "../access/index.ts";
import { db } from "../db.ts";
import { hitLimit } from "../rate-limit.ts";
import { alertFiltersSchema, hasFilters, type AlertFilters } from "./params.ts";
import { caseNumberInQuery, normaliseCaseNumber, normaliseQuery } from "./query.ts";

export { matchAlertsForArticle, matchAlertsForDocument } from "./matching.ts";
export { sendDueAlertEmails, type SendReport } from "./delivery.ts";

export const MAX_ALERTS_PER_USER = 20;
export const FREQUENCIES = ["INSTANT", "DAILY"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export type AlertResult = { ok: boolean; message: string };
export type StoredFilters = AlertFilters & { caseQuery?: string };
export type SavedAlert = {
  id: string;
  name: string;
  query: string;
  filters: StoredFilters;
  frequency: Frequency;
  active: boolean;
  createdAt: Date;
  lastSentAt: Date | null;
  sent: number;
};

const saveInput = z.object({
  ...alertFiltersSchema().shape,
  q: z.string().max(5000).optional(),
  name: z.string().max(500).optional(),
  frequency: z.enum(FREQUENCIES).catch("DAILY"),
});

const alertId = z.uuid();
const updateInput = z.object({ alertId, frequency: z.enum(FREQUENCIES).optional(), active: z.enum(["true", "false"]).optional() });

/** A form's fields, whether the action got FormData (a browser) or a plain object (a script). */
export function fieldsOf(input: unknown): Record<string, unknown> {
  if (input instanceof FormData) return Object.fromEntries([...input.entries()].filter(([k]) => !k.startsWith("$")));
  return input && typeof input === "object" ? (input as Record<string, unknown>) : {};
}

async function hasSearchableWords(q: string): Promise<boolean> {
  const [{ n }] = await db().$queryRaw<{ n: number }[]>`select numnode(websearch_to_tsquery('english', ${q}::text))::int as n`;
  return n > 0;
}

export async function saveAlert(viewer: Viewer, input: unknown): Promise<AlertResult> {
  if (!viewer.userId) return { ok: false, message: "Sign in to save alerts." };
  const parsed = saveInput.safeParse(fieldsOf(input));
  if (!parsed.success) return { ok: false, message: "This search cannot be saved as it is. Change it and try again." };
  const { q: rawQ, name: rawName, frequency, ...f } = parsed.data;
  const q = normaliseQuery(rawQ).text;
  const filters: StoredFilters = { kind: f.kind, topic: f.topic, type: f.type, issuer: f.issuer, case: f.case && normaliseCaseNumber(f.case) };
  const caseQuery = q ? caseNumberInQuery(q) : null;
  if (caseQuery) filters.caseQuery = caseQuery;
  if (!q && !hasFilters(filters)) return { ok: false, message: "Type a search or choose a filter first." };
  if (q && !caseQuery && !(await hasSearchableWords(q)))
    return { ok: false, message: "This search has no words to look for, so it could never match. Try other words." };

  const limit = await hitLimit(`search-alert-save:${viewer.userId}`, 10, 3600);
  if (!limit.allowed)
    return { ok: false, message: `You have saved many alerts in a short time. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.` };

  const name = normaliseQuery(rawName).text.slice(0, 80) || (q ? q.slice(0, 80) : "Filtered search");
  const userId = viewer.userId;
  const saved = await db().$transaction(async (tx) => {
    // Serialise one reader's saves so that two at once cannot pass the limit.
    await tx.$queryRaw`select 1 from (select pg_advisory_xact_lock(hashtext(${`search-alerts:${userId}`}::text))) l`;
    const [{ n }] = await tx.$queryRaw<{ n: number }[]>`select count(*)::int as n from "SearchAlert" where "userId" = ${userId}::text`;
    if (n >= MAX_ALERTS_PER_USER) return false;
    await tx.$executeRaw`
      insert into "SearchAlert" ("id", "userId", "name", "query", "filters", "frequency")
      values (${randomUUID()}::text, ${userId}::text, ${name}::text, ${q}::text, ${JSON.stringify(filters)}::jsonb, ${frequency}::text)`;
    return true;
  });
  if (!saved) return { ok: false, message: `You already have ${MAX_ALERTS_PER_USER} alerts, the most we keep. Delete one to save this search.` };
  return { ok: true, message: `Alert saved. We will email you ${frequency === "INSTANT" ? "as new items match" : "a daily digest of new matches"}.` };
}

export async function alertsOf(userId: string): Promise<SavedAlert[]> {
  return db().$queryRaw<SavedAlert[]>`
    select s."id", s."name", s."query", s."filters", s."frequency", s."active", s."createdAt", s."lastSentAt",
      (select count(*)::int from "SearchAlertHit" h where h."alertId" = s."id" and h."status" = 'SENT') as sent
    from "SearchAlert" s where s."userId" = ${userId}::text order by s."createdAt" desc`;
}

export async function updateAlert(viewer: Viewer, input: unknown): Promise<AlertResult> {
  if (!viewer.userId) return { ok: false, message: "Sign in to manage your alerts." };
  const parsed = updateInput.safeParse(fieldsOf(input));
  if (!parsed.success) return { ok: false, message: "Unknown alert." };
  const { alertId: id, frequency, active } = parsed.data;
  const activeValue = active === undefined ? null : active === "true";
  const rows = await db().$queryRaw<{ id: string }[]>`
    update "SearchAlert" set
      "frequency" = coalesce(${frequency ?? null}::text, "frequency"),
      "active" = coalesce(${activeValue}::boolean, "active")
    where "id" = ${id}::text and "userId" = ${viewer.userId}::text
    returning "id"`;
  if (!rows.length) return { ok: false, message: "Unknown alert." };
  if (activeValue === false)
    await db()
      .$executeRaw`update "SearchAlertHit" set "status" = 'SKIPPED', "lastError" = 'alert paused' where "alertId" = ${id}::text and "status" = 'PENDING'`;
  return { ok: true, message: activeValue === false ? "Alert paused." : activeValue ? "Alert resumed." : "Alert updated." };
}

export async function deleteAlert(viewer: Viewer, input: unknown): Promise<AlertResult> {
  if (!viewer.userId) return { ok: false, message: "Sign in to manage your alerts." };
  const parsed = z.object({ alertId }).safeParse(fieldsOf(input));
  if (!parsed.success) return { ok: false, message: "Unknown alert." };
  const n = await db().$executeRaw`delete from "SearchAlert" where "id" = ${parsed.data.alertId}::text and "userId" = ${viewer.userId}::text`;
  return n ? { ok: true, message: "Alert deleted." } : { ok: false, message: "Unknown alert." };
}
