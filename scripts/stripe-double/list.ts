// Stripe list envelopes and cursor pagination (limit / starting_after /
// ending_before), newest first, so the SDK's auto-pagination works unchanged.
import { invalid, missing } from "./errors.ts";
import { int, str, type FormObject } from "./form-encoding.ts";
import type { ApiList } from "./types.ts";

export function listOf<T>(data: T[], url: string, hasMore = false): ApiList<T> {
  return { object: "list", data, has_more: hasMore, url };
}

/** `items` must be in creation order; lists are returned newest first. */
export function paginate<T extends { id: string }>(items: T[], q: FormObject, url: string, kind: string): ApiList<T> {
  const limit = int(q.limit, "limit") ?? 10;
  if (limit < 1 || limit > 100) throw invalid("limit", "This value must be between 1 and 100 (it currently is " + limit + ").");
  const newestFirst = [...items].reverse();
  const after = str(q.starting_after, "starting_after");
  const before = str(q.ending_before, "ending_before");
  if (after) {
    const i = newestFirst.findIndex((x) => x.id === after);
    if (i === -1) throw missing(kind, after, "starting_after");
    const rest = newestFirst.slice(i + 1);
    return listOf(rest.slice(0, limit), url, rest.length > limit);
  }
  if (before) {
    const i = newestFirst.findIndex((x) => x.id === before);
    if (i === -1) throw missing(kind, before, "ending_before");
    const head = newestFirst.slice(0, i);
    return listOf(head.slice(Math.max(0, head.length - limit)), url, head.length > limit);
  }
  return listOf(newestFirst.slice(0, limit), url, newestFirst.length > limit);
}
