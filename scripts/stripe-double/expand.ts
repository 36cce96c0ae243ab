// `expand[]` support. Works on a deep copy of the response so stored objects
// keep plain id references (as Stripe stores them). Paths are dot-separated
// and may walk through lists (`data.product`) and through ids expanded on the
// way (`subscription.latest_invoice`).
import type { Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";
import { listOf } from "./list.ts";

type Node = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function cannotExpand(path: string): ApiError {
  return new ApiError(400, `This property cannot be expanded (${path}).`, "invalid_request_error", "expand");
}

/** Fields that are not id references but are only included on request. */
function includable(ctx: Ctx, node: Node, field: string): unknown {
  if (node.object === "checkout.session" && field === "line_items") {
    const id = String(node.id);
    return listOf(structuredClone(ctx.store.state.sessionLineItems[id] ?? []), `/v1/checkout/sessions/${id}/line_items`);
  }
  return undefined;
}

function expandField(ctx: Ctx, node: Node, field: string, path: string): void {
  const extra = includable(ctx, node, field);
  if (extra !== undefined) {
    node[field] = extra;
    return;
  }
  const value = node[field];
  if (value === null || isNode(value)) return; // null stays null; already-expanded stays
  if (typeof value !== "string") throw cannotExpand(path);
  const found = ctx.store.findById(value);
  if (!found) throw cannotExpand(path);
  node[field] = structuredClone(found);
}

function walk(ctx: Ctx, node: unknown, segs: string[], path: string): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(ctx, item, segs, path);
    return;
  }
  if (!isNode(node)) return;
  const [head, ...rest] = segs;
  if (rest.length === 0) {
    expandField(ctx, node, head, path);
    return;
  }
  if (typeof node[head] === "string") expandField(ctx, node, head, path);
  if (!(head in node)) throw cannotExpand(path);
  walk(ctx, node[head], rest, path);
}

export function applyExpand<T>(ctx: Ctx, value: T, paths: string[]): T {
  if (paths.length === 0) return value;
  const copy = structuredClone(value);
  for (const path of paths) {
    const segs = path.split(".");
    if (segs.length > 4) {
      throw new ApiError(400, `You cannot expand more than 4 levels of a property. Property: ${path}`, "invalid_request_error", "expand");
    }
    walk(ctx, copy, segs, path);
  }
  return copy;
}
