// Everything a route handler may touch, passed explicitly instead of living
// in module globals so several doubles can run in one process (tests).
import type { Clock } from "./clock.ts";
import type { EventLog } from "./events.ts";
import type { Store } from "./store.ts";
import type { WebhookDispatcher } from "./webhooks.ts";

export interface Ctx {
  store: Store;
  clock: Clock;
  events: EventLog;
  webhooks: WebhookDispatcher;
  log: (line: string) => void;
  /** e.g. http://127.0.0.1:12111 — known only once the server listens. */
  baseUrl: string;
  apiVersion: string;
}
