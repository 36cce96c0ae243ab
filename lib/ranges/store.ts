// Office IP ranges of a site licence (issue 18, decision 22): listing and
// replacing them. A licence's admins and newsroom admins may; only a newsroom
// admin may allow a range broader than /16 (IPv4) or /32 (IPv6). Every change
// is audited and empties the app's range table (lib/cache/invalidate.ts).
import { z } from "zod";
import type { Viewer } from "../access/index.ts";
import { audit } from "../audit.ts";
import { officeRangesChanged } from "../cache/invalidate.ts";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { canAdminister } from "../organizations.ts";
import { checkRangeList, describeProblems, type RangeProblem } from "./validate.ts";

export type RangesResult = { ok: true; message: string } | { ok: false; message: string; problems?: RangeProblem[] };

export type OfficeRangeRow = { cidr: string; broad: boolean; createdAt: Date };

/** The licence's ranges, for one who may administer it; null otherwise. */
export async function officeRangesFor(orgId: string, viewer: Viewer): Promise<OfficeRangeRow[] | null> {
  if (!(await canAdminister(orgId, viewer))) return null;
  return db().officeRange.findMany({ where: { organizationId: orgId }, select: { cidr: true, broad: true, createdAt: true }, orderBy: { createdAt: "asc" } });
}

const input = z.object({
  text: z.string().max(10_000, "The list is too long: at most 100 ranges of one line each."),
  allowBroad: z.boolean(),
});

/**
 * Replace the licence's ranges with the list in `text` (one a line). All or
 * nothing: any line refused and nothing changes; the message names each line.
 */
export async function setOfficeRanges(orgId: string, raw: { text: unknown; allowBroad: unknown }, viewer: Viewer): Promise<RangesResult> {
  if (!viewer.userId || !(await canAdminister(orgId, viewer)))
    return { ok: false, message: "Only an administrator of this licence can change its office ranges." };
  const parsed = input.safeParse({ text: typeof raw.text === "string" ? raw.text : "", allowBroad: raw.allowBroad === true });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  const newsroomAdmin = viewer.role === "ADMIN";
  if (parsed.data.allowBroad && !newsroomAdmin) return { ok: false, message: "Only a newsroom admin can allow ranges broader than /16 (IPv4) or /32 (IPv6)." };
  const result = await db().$transaction(async (tx) => {
    // One change at a time across licences, so two cannot add overlapping ranges at once.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('office-ranges'))`;
    const others = await tx.officeRange.findMany({
      where: { organizationId: { not: orgId } },
      select: { cidr: true, organization: { select: { name: true } } },
    });
    const checked = checkRangeList(parsed.data.text, {
      allowPrivate: config().rangesAllowPrivate,
      allowBroad: parsed.data.allowBroad && newsroomAdmin,
      others: others.map((o) => ({ cidr: o.cidr, licence: o.organization.name })),
      nameOthers: newsroomAdmin,
    });
    if (!checked.ok) return { ok: false as const, problems: checked.problems };
    const before = await tx.officeRange.findMany({ where: { organizationId: orgId }, select: { cidr: true } });
    const keep = new Set(checked.ranges.map((r) => r.cidr));
    const had = new Set(before.map((r) => r.cidr));
    const removed = [...had].filter((c) => !keep.has(c));
    const added = checked.ranges.filter((r) => !had.has(r.cidr));
    if (removed.length) await tx.officeRange.deleteMany({ where: { organizationId: orgId, cidr: { in: removed } } });
    if (added.length)
      await tx.officeRange.createMany({ data: added.map((r) => ({ organizationId: orgId, cidr: r.cidr, broad: r.broad, createdById: viewer.userId })) });
    if (removed.length || added.length)
      await audit(
        viewer.userId,
        "organization.office-ranges",
        orgId,
        { added: added.map((r) => r.cidr), removed, broad: added.filter((r) => r.broad).map((r) => r.cidr) },
        tx,
      );
    return { ok: true as const, added: added.length, removed: removed.length, total: checked.ranges.length };
  });
  if (!result.ok) return { ok: false, message: describeProblems(result.problems), problems: result.problems };
  if (result.added || result.removed) officeRangesChanged();
  const n = (k: number) => `${k} range${k === 1 ? "" : "s"}`;
  return {
    ok: true,
    message:
      result.added || result.removed
        ? `Saved: ${n(result.total)} (${result.added} added, ${result.removed} removed). Readers in these ranges read without signing in.`
        : `No change: ${n(result.total)}.`,
  };
}
