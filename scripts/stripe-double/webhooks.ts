// Webhook delivery: signed exactly like Stripe, sent in creation order, one
// at a time, retried with capped exponential backoff. Strict ordering means a
// failing event holds back later ones (until it succeeds or runs out of
// attempts) — that keeps an app's "created before updated" assumptions true
// in tests, which real Stripe does not promise but rarely violates.
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Store } from "./store.ts";
import type { Delivery, StripeEvent } from "./types.ts";

export interface RetryPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
  /** Per-attempt timeout for the receiver to answer. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { initialDelayMs: 500, maxDelayMs: 10_000, maxAttempts: 20, timeoutMs: 10_000 };

/** `t=<unix>,v1=<hex HMAC-SHA256("<t>.<payload>", secret)>` — Stripe's scheme. */
export function signatureHeader(payload: string, secret: string, timestamp: number): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const send = u.protocol === "https:" ? httpsRequest : httpRequest;
    // agent:false → one connection per attempt, so a stopped double leaves
    // no keep-alive sockets holding the process open.
    const req = send(
      u,
      { method: "POST", headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) }, agent: false, signal, timeout: timeoutMs },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}

export interface FlushResult {
  drained: boolean;
  pending: number;
  delivered: number;
  failed: number;
}

/** How held events are let go (test control): Stripe promises neither order nor single delivery. */
export interface ReleaseOptions {
  order: "created" | "shuffled";
  /** Seed for the shuffle and the choice of duplicates, so a failing order can be replayed. */
  seed: number;
  /** How many already-released events are sent a second time, after all the others. */
  duplicates: number;
}

/** mulberry32: a small seeded PRNG; the double must not depend on Math.random for reproducible orders. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class WebhookDispatcher {
  private queue: string[] = [];
  /** While not null, new events are kept here instead of being queued (see hold/release). */
  private held: string[] | null = null;
  private running = false;
  private generation = 0;
  private stopped = false;
  private inflight: AbortController | null = null;
  private wake: (() => void) | null = null;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly store: Store,
    public url: string | undefined,
    private readonly secret: string,
    private readonly retry: RetryPolicy,
    private readonly log: (line: string) => void,
    private readonly persist: () => void,
  ) {}

  get configured(): boolean {
    return Boolean(this.url);
  }

  enqueue(eventId: string): Delivery {
    const previous = this.store.state.deliveries[eventId];
    const delivery: Delivery = {
      event_id: eventId,
      status: "pending",
      attempts: 0,
      last_status: previous?.last_status ?? null,
      last_error: previous?.last_error ?? null,
      delivered_at: null,
      log: previous?.log ?? [],
    };
    this.store.state.deliveries[eventId] = delivery;
    const event = this.store.state.events[eventId];
    if (event) event.pending_webhooks = 1;
    if (this.held) {
      if (!this.held.includes(eventId)) this.held.push(eventId);
      return delivery;
    }
    if (!this.queue.includes(eventId)) this.queue.push(eventId);
    void this.pump();
    return delivery;
  }

  /** Keep every event created from now on until release(): a test can then deliver them in any order. */
  hold(): void {
    this.held ??= [];
  }

  get holding(): boolean {
    return this.held !== null;
  }

  /**
   * Queue the held events in the given order, then `duplicates` of them a
   * second time (late duplicates: same event id, as Stripe's retries are).
   * Returns the delivery order.
   */
  release(opts: ReleaseOptions): string[] {
    const ids = this.held ?? [];
    this.held = null;
    const random = seeded(opts.seed);
    const order = [...ids];
    if (opts.order === "shuffled") {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
    }
    for (let k = 0; k < opts.duplicates && ids.length > 0; k++) order.push(ids[Math.floor(random() * ids.length)]);
    // Duplicates may sit in the queue twice on purpose; each copy is one delivery attempt series.
    this.queue.push(...order);
    void this.pump();
    return order;
  }

  setUrl(url: string): void {
    this.url = url || undefined;
    void this.pump();
  }

  /** After loading persisted state: continue deliveries a restart interrupted. */
  resumePending(): void {
    for (const [id, d] of Object.entries(this.store.state.deliveries)) {
      if (d.status === "pending" && !this.queue.includes(id)) this.queue.push(id);
    }
    void this.pump();
  }

  /** Drop the queue (state reset); anything in flight is abandoned. */
  clear(): void {
    this.generation += 1;
    this.queue = [];
    this.held = null;
    this.inflight?.abort();
    this.wake?.();
    this.settleIdle();
  }

  stop(): void {
    this.stopped = true;
    this.clear();
  }

  counts(): Omit<FlushResult, "drained"> {
    const all = Object.values(this.store.state.deliveries);
    return {
      pending: all.filter((d) => d.status === "pending").length,
      delivered: all.filter((d) => d.status === "delivered").length,
      failed: all.filter((d) => d.status === "failed").length,
    };
  }

  async flush(timeoutMs: number): Promise<FlushResult> {
    if (this.isIdle()) return { drained: true, ...this.counts() };
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      new Promise<boolean>((r) => this.idleWaiters.push(() => r(true))),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    return { drained: drained && this.isIdle(), ...this.counts() };
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && !this.running;
  }

  private settleIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private sleep(ms: number): Promise<void> {
    // `wake` lets clear()/stop() cut a backoff wait short.
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async pump(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    const gen = this.generation;
    try {
      while (!this.stopped && gen === this.generation && this.queue.length > 0 && this.url) {
        const id = this.queue[0];
        const event = this.store.state.events[id];
        const delivery = this.store.state.deliveries[id];
        if (!event || !delivery) {
          this.queue.shift();
          continue;
        }
        const ok = await this.attempt(event, delivery, this.url);
        if (gen !== this.generation) break;
        if (ok || delivery.attempts >= this.retry.maxAttempts) {
          delivery.status = ok ? "delivered" : "failed";
          if (ok) delivery.delivered_at = Date.now();
          event.pending_webhooks = 0;
          this.queue.shift();
          if (!ok) this.log(`webhook ${event.type} ${id} gave up after ${delivery.attempts} attempts`);
          this.persist();
          continue;
        }
        this.persist();
        const delay = Math.min(this.retry.initialDelayMs * 2 ** (delivery.attempts - 1), this.retry.maxDelayMs);
        await this.sleep(delay);
      }
    } finally {
      this.running = false;
      // Items may have been queued while this loop was finishing (or after a
      // reset started a new generation): pick them up.
      if (!this.stopped && this.queue.length > 0 && this.url) void this.pump();
      else this.settleIdle();
    }
  }

  private async attempt(event: StripeEvent, delivery: Delivery, url: string): Promise<boolean> {
    const payload = JSON.stringify(event, null, 2);
    // Real time, not double time: receivers verify against their own clock.
    const t = Math.floor(Date.now() / 1000);
    const headers = {
      "Content-Type": "application/json; charset=utf-8",
      "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
      "Cache-Control": "no-cache",
      Accept: "*/*; q=0.5, application/xml",
      "Stripe-Signature": signatureHeader(payload, this.secret, t),
    };
    const started = Date.now();
    const controller = new AbortController();
    this.inflight = controller;
    let status: number | null = null;
    let error: string | null = null;
    try {
      status = await post(url, headers, payload, this.retry.timeoutMs, controller.signal);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    } finally {
      this.inflight = null;
    }
    delivery.attempts += 1;
    delivery.last_status = status;
    delivery.last_error = error;
    delivery.log.push({ at: started, status, error, duration_ms: Date.now() - started });
    if (delivery.log.length > 50) delivery.log.splice(0, delivery.log.length - 50);
    const ok = status !== null && status >= 200 && status < 300;
    this.log(`webhook ${event.type} ${event.id} attempt ${delivery.attempts} → ${status ?? error}`);
    return ok;
  }
}
