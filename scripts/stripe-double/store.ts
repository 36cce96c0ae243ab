// In-memory state, optionally mirrored to a JSON file so a restarted double
// (e.g. between `npm run dev` sessions) still knows its customers and
// subscriptions. Writes are synchronous and atomic (tmp + rename): the state
// is small, and a half-written file would be worse than a slow one.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { IdempotencyRecord, State } from "./types.ts";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Stripe-looking id: prefix + random base62 (e.g. cus_Nffr2xK9...). */
export function newId(prefix: string, length = 24): string {
  const bytes = randomBytes(length);
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] % ALPHABET.length];
  return `${prefix}_${out}`;
}

export function emptyState(): State {
  return {
    version: 1,
    clockOffsetMs: 0,
    invoiceSequence: 0,
    customers: {},
    products: {},
    prices: {},
    checkoutSessions: {},
    sessionLineItems: {},
    sessionSubscriptionData: {},
    portalSessions: {},
    subscriptions: {},
    invoices: {},
    events: {},
    deliveries: {},
    failNextPayment: {},
    idempotency: {},
    taxIds: {},
    pendingProrations: {},
    overdueSent: {},
  };
}

// Idempotency replies are kept for replay; the SDK sends a fresh key on every
// POST, so without a bound this would grow without limit during long runs.
const MAX_IDEMPOTENCY_RECORDS = 500;

export class Store {
  state: State;

  constructor(private readonly path?: string) {
    this.state = this.load();
  }

  private load(): State {
    if (!this.path || !existsSync(this.path)) return emptyState();
    const parsed = JSON.parse(readFileSync(this.path, "utf8")) as Partial<State>;
    // Merge over an empty state so files written by older versions of the
    // double (missing a collection) still load.
    return { ...emptyState(), ...parsed, version: 1 };
  }

  remember(key: string, record: IdempotencyRecord): void {
    this.state.idempotency[key] = record;
    const keys = Object.keys(this.state.idempotency);
    for (const k of keys.slice(0, Math.max(0, keys.length - MAX_IDEMPOTENCY_RECORDS))) {
      delete this.state.idempotency[k];
    }
  }

  save(): void {
    if (!this.path) return;
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state));
    renameSync(tmp, this.path);
  }

  reset(): void {
    this.state = emptyState();
    this.save();
  }

  /** Any stored object by id, using the id prefix to pick the collection. */
  findById(id: string): { object: string } | undefined {
    const s = this.state;
    const table: Record<string, Record<string, { object: string }>> = {
      cus: s.customers,
      prod: s.products,
      price: s.prices,
      cs: s.checkoutSessions,
      sub: s.subscriptions,
      in: s.invoices,
      evt: s.events,
      bps: s.portalSessions,
    };
    const prefix = id.split("_")[0];
    return table[prefix]?.[id];
  }
}
