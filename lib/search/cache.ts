// Small in-process caches for search (docs/decisions/0007-search.md): a Map,
// bounded (least recently used entries go first) and short-lived. Each
// instance keeps its own (decision 35: a hit costs no round trip); a
// publication empties every instance's through lib/cache/broadcast.ts. Pure
// apart from the clock, which tests inject.
import type { SearchRequest } from "./params.ts";

export class TtlCache<V> {
  private readonly entries = new Map<string, { at: number; value: V }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.now() - e.at >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The cached value, or `load()`'s. The promise itself is kept, so concurrent
   * callers with the same key share one load; a failed load is forgotten, and
   * so is a value `keep` rejects (an error outcome must not stick for a minute).
   */
  remember<T>(this: TtlCache<Promise<T>>, key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    const hit = this.get(key);
    if (hit) return hit;
    const p = load();
    this.set(key, p);
    p.then(
      (v) => {
        if (!keep(v) && this.entries.get(key)?.value === p) this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key)?.value === p) this.entries.delete(key);
      },
    );
    return p;
  }
}

/**
 * What decides a search's answer, and nothing else: the request as parsed
 * (query, filters, sort, page) and whether the viewer searches the full text.
 * Never the viewer: every viewer with the same flag gets the same results.
 * The query is lower-cased (matching, case numbers, `or` and snippets ignore
 * case) and `truncated` is left out (it is shown from the request, not the result).
 */
export function searchCacheKey(r: SearchRequest, fullText: boolean): string {
  return JSON.stringify([
    fullText ? "full" : "public",
    r.q.toLowerCase(),
    r.kind,
    r.topic ?? "",
    r.type ?? "",
    r.issuer?.toLowerCase() ?? "",
    r.case ?? "",
    r.from ?? "",
    r.to ?? "",
    r.sort,
    r.page,
  ]);
}

/**
 * Whole-search answers, shared by lib/search/search.ts (which fills it) and
 * lib/cache/broadcast.ts (which empties it in every instance when a story is
 * published, corrected or withdrawn). Values are opaque here. One per process
 * (globalThis): Next bundles this module into each router's server code and
 * into instrumentation.ts's, which runs the broadcast listener.
 */
export const RESULT_TTL_MS = 60_000;
const g = globalThis as unknown as { __tldSearchResults?: TtlCache<Promise<unknown>> };
export const searchResults = (g.__tldSearchResults ??= new TtlCache<Promise<unknown>>(500, RESULT_TTL_MS));
