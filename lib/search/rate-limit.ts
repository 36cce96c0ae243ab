// The search rate limit's wording and request header. The count itself is
// lib/rate-limit.ts's fixed window in PostgreSQL, taken by proxy.ts
// (lib/proxy/search-limit.ts) before the page renders and before the nginx
// front may cache its answer (a refusal is never cached): one allowance per
// client however many app instances answer it (decision 35).

export function tooManySearchesMessage(retryAfterSeconds: number): string {
  return `Too many searches; try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
}

/** Request header by which proxy.ts tells the search page that this client must wait (seconds). */
export { SEARCH_LIMITED_HEADER } from "../front/contract.ts";
