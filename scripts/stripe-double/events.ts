// Creates Stripe event objects and hands them to webhook delivery. The event
// carries a snapshot of the object at that moment, as Stripe's do, so later
// mutations never leak into an already-emitted event.
import type { Clock } from "./clock.ts";
import { newId, type Store } from "./store.ts";
import { NO_REQUEST, type RequestInfo, type StripeEvent } from "./types.ts";
import type { WebhookDispatcher } from "./webhooks.ts";

export type EventType =
  | "checkout.session.completed"
  | "customer.created"
  | "customer.subscription.created"
  | "customer.subscription.updated"
  | "customer.subscription.deleted"
  | "invoice.created"
  | "invoice.finalized"
  | "invoice.overdue"
  | "invoice.paid"
  | "invoice.payment_failed";

export interface EmitOptions {
  previous?: Record<string, unknown>;
  request?: RequestInfo;
  /** Double-clock time the change happened (renewals happen at period end). */
  created?: number;
}

export class EventLog {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly webhooks: WebhookDispatcher,
    private readonly apiVersion: string,
  ) {}

  emit(type: EventType, object: object, opts: EmitOptions = {}): StripeEvent {
    const event: StripeEvent = {
      id: newId("evt"),
      object: "event",
      api_version: this.apiVersion,
      created: opts.created ?? this.clock.now(),
      data: { object: structuredClone(object) as Record<string, unknown> },
      livemode: false,
      pending_webhooks: this.webhooks.configured ? 1 : 0,
      request: opts.request ?? NO_REQUEST,
      type,
    };
    if (opts.previous && Object.keys(opts.previous).length > 0) {
      event.data.previous_attributes = structuredClone(opts.previous);
    }
    this.store.state.events[event.id] = event;
    if (this.webhooks.configured) this.webhooks.enqueue(event.id);
    return event;
  }
}

/**
 * previous_attributes for an `*.updated` event: the old value of every
 * top-level field that changed (Stripe sends whole sub-objects such as
 * `items` the same way).
 */
export function changedFields(before: object, after: object): Record<string, unknown> {
  const prev: Record<string, unknown> = {};
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) prev[key] = a[key] ?? null;
  }
  return prev;
}
