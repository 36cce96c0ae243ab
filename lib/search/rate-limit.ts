// Per-client token buckets for search, in process memory. The PostgreSQL
// limiter in lib/rate-limit.ts would add a write and a round trip to every
// search; a bucket here costs nothing, and per instance is enough for a
// generous limit whose job is to stop scrapers and runaway scripts, not to
// count exactly across instances. Pure apart from the clock.

export type BucketResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  /** `perMinute` tokens a minute, at most `burst` saved up; at most `maxClients` remembered. */
  constructor(
    perMinute: number,
    private readonly burst: number = perMinute,
    private readonly maxClients = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  take(client: string): BucketResult {
    const t = this.now();
    const b = this.buckets.get(client);
    const tokens = b ? Math.min(this.burst, b.tokens + (t - b.at) * this.perMs) : this.burst;
    // Re-inserted so that the Map's first key is the client seen longest ago: it goes first
    // when the map is full, and a forgotten client simply starts with a full bucket.
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, at: t });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)) };
    }
    this.buckets.set(client, { tokens: tokens - 1, at: t });
    while (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    return { allowed: true };
  }
}

export function tooManySearchesMessage(retryAfterSeconds: number): string {
  return `Too many searches; try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
}

const g = globalThis as unknown as { __tldSearchBuckets?: TokenBuckets };

/**
 * One search by this client: allowed, or how long to wait. Taken by proxy.ts,
 * before the page renders and before the nginx front may cache its answer
 * (a refusal is never cached), once per search that reaches the app.
 */
export function takeSearchToken(clientIp: string, perMinute: number): BucketResult {
  g.__tldSearchBuckets ??= new TokenBuckets(perMinute);
  return g.__tldSearchBuckets.take(clientIp);
}

/** Request header by which proxy.ts tells the search page that this client must wait (seconds). */
export { SEARCH_LIMITED_HEADER } from "../front/contract.ts";
