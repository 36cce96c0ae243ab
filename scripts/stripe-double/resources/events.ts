// /v1/events: retrieve and list, with Stripe's `type` filter (which accepts
// a trailing wildcard such as `customer.subscription.*`).
import type { ApiRouter } from "../api.ts";
import { missing } from "../errors.ts";
import { str, strArray } from "../form-encoding.ts";
import { paginate } from "../list.ts";

function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith("*") ? type.startsWith(pattern.slice(0, -1)) : pattern === type;
}

export function registerEvents(r: ApiRouter): void {
  r.add("GET", "/v1/events/:id", (call) => {
    const e = call.ctx.store.state.events[call.params.id];
    if (!e) throw missing("event", call.params.id);
    return e;
  });

  r.add("GET", "/v1/events", (call) => {
    const type = str(call.body.type, "type");
    const types = strArray(call.body.types, "types");
    const all = Object.values(call.ctx.store.state.events).filter((e) => (!type || typeMatches(type, e.type)) && (!types || types.includes(e.type)));
    return paginate(all, call.body, "/v1/events", "event");
  });
}
