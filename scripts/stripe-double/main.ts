// Run the Stripe double standalone, e.g. next to `npm run dev`:
//   npx tsx scripts/stripe-double/main.ts --port 12111 \
//     --webhook-url http://localhost:3000/api/stripe/webhook --secret whsec_…
import { parseArgs } from "node:util";
import { freshSecrets } from "../../lib/secrets.ts";
import { startStripeDouble } from "./server.ts";

const USAGE = `Usage: npx tsx scripts/stripe-double/main.ts [options]
  --port <n>            port to listen on (default 12111, 0 = any free port)
  --host <addr>         interface to listen on (default 127.0.0.1)
  --webhook-url <url>   where to POST signed webhook events (optional)
  --secret <whsec_...>  webhook signing secret (default: a random one, printed below)
  --state <file>        persist state to this JSON file across restarts
  --api-key <sk_test_>  accept only this API key (default: any sk_test_/rk_test_ key)
  --retry-initial-ms <n>  first webhook retry delay (default 500)
  --quiet               do not log every request`;

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "12111" },
    host: { type: "string", default: "127.0.0.1" },
    "webhook-url": { type: "string" },
    secret: { type: "string" },
    state: { type: "string" },
    "api-key": { type: "string" },
    "retry-initial-ms": { type: "string" },
    quiet: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}\n\n${USAGE}`);
  process.exit(2);
}

const quiet = values.quiet;
// Never a fixed default: a secret printed in the repository signs nothing.
values.secret ??= freshSecrets().stripeWebhook;
const double = await startStripeDouble({
  port,
  host: values.host,
  webhookUrl: values["webhook-url"],
  webhookSecret: values.secret,
  statePath: values.state,
  apiKey: values["api-key"],
  webhookRetry: values["retry-initial-ms"] ? { initialDelayMs: Number(values["retry-initial-ms"]) } : undefined,
  log: (line) => {
    if (line.startsWith("Stripe double listening")) return; // printed below with more detail
    if (!quiet || line.startsWith("error") || line.startsWith("note")) console.log(`[stripe-double] ${line}`);
  },
});

console.log(`Stripe double listening on ${double.url}`);
console.log(`  SDK:      new Stripe("sk_test_...", { host: "127.0.0.1", port: ${double.port}, protocol: "http" })`);
console.log(`  Webhooks: ${values["webhook-url"] ? `${values["webhook-url"]} (secret ${values.secret})` : "not configured"}`);
console.log(`  Controls: ${double.url}/_double/events, /_double/clock/advance, /_double/reset, ...`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void double.stop().then(() => process.exit(0));
  });
}
