// The contract between the front (nginx: deploy/front/) and the app: every
// header and cookie either side reads or sets for the other, named once.
// The nginx template and the njs script get these values when they are
// rendered (scripts/lib/front.ts); tests/unit/front-contract.test.ts checks
// the njs script against them.

/** Request header the front sets on everything it passes on, with its token (lib/front/secrets.ts): "the front owns the CSP nonce". */
export const FRONT_HEADER = "X-TLD-Front";

/** Request header carrying the shared-render token: "render this page for an entitled reader, not for a person". Only the front may set it. */
export const SHARED_RENDER_HEADER = "x-tld-shared-render";

/** Response header: how long (seconds) the front may keep an answer, overriding Cache-Control (nginx's own). */
export const ACCEL_EXPIRES_HEADER = "x-accel-expires";

/** Request header proxy.ts sets for the search page when the client's search allowance is spent (seconds to wait). */
export const SEARCH_LIMITED_HEADER = "x-tld-search-limited";

/** Response header the front adds: its cache status for the answer (HIT, MISS, BYPASS, ...). */
export const CACHE_STATUS_HEADER = "X-Cache";

/** The access pass cookie (lib/access/pass.ts). */
export const PASS_COOKIE = "tld_pass";

/** The report pass cookie (lib/access/report-pass.ts): one per report page, with that page as its cookie path. */
export const REPORT_PASS_COOKIE = "tld_report";

/** next-auth's session cookies (the __Secure- one on https). A request with one is personal: never cached. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/** The front's purge endpoint (POST, JSON { paths }) and the header carrying its token: the app empties the front's copy of pages at once (a takedown). */
export const PURGE_PATH = "/_tld/purge";
export const PURGE_HEADER = "x-tld-purge";

/**
 * Office ranges (decision 22): the front asks the app whether the client's address is in a
 * site licence's office range (an auth_request subrequest to this path, kept per address for
 * OFFICE_ANSWER_SECONDS); the answer is this response header, "1" or "0". Only the front may ask.
 */
export const OFFICE_CHECK_PATH = "/_tld/office";
export const OFFICE_HEADER = "x-tld-office";
export const OFFICE_ANSWER_SECONDS = 30;
