// The local stand-ins behind `npm run dev`, `npm start` and the tests:
// embedded PostgreSQL, the SMTP catcher (and, later, the Stripe test double).
// Each one starts only when its real counterpart is not configured.
import path from "node:path";
import { config } from "../../lib/config.ts";
import { localSecrets } from "../../lib/secrets.ts";
import { createDb } from "../../lib/db.ts";
import { isSeeded, seedDemoContent } from "../../lib/seed/index.ts";
import { localStorage } from "../../lib/storage/index.ts";
import { embeddedDataDir, ROOT, resolveDatabase } from "./database.ts";
import { requireFreePort } from "./preflight.ts";
import { startMailCatcher } from "./mail-catcher.ts";
import { applyMigrations } from "./migrate.ts";
import Stripe from "stripe";
import { syncPlans } from "../../lib/billing/plans.ts";
import { startStripeDouble } from "../stripe-double/server.ts";

/** A path as the banner shows it: relative to the checkout when inside it. */
function shown(p: string): string {
  const rel = path.relative(ROOT, p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
}

export type Services = { env: Record<string, string>; lines: string[]; stop: () => Promise<void> };

export async function startServices(opts: { seed: boolean }): Promise<Services> {
  const env: Record<string, string> = {};
  const lines: string[] = [];
  const stops: (() => Promise<void>)[] = [];
  const embedded: string[] = [];

  try {
    return await start(opts, env, lines, stops, embedded);
  } catch (e) {
    // Whatever did start (the database, say, before a taken mail port) is stopped again.
    for (const s of stops.reverse()) await s().catch(() => {});
    throw e;
  }
}

async function start(
  opts: { seed: boolean },
  env: Record<string, string>,
  lines: string[],
  stops: (() => Promise<void>)[],
  embedded: string[],
): Promise<Services> {
  const c = config();
  // Every port a stand-in needs is checked before any of them starts.
  if (!c.SMTP_URL) {
    await requireFreePort(c.MAIL_CATCHER_SMTP_PORT, "the local mail catcher's SMTP server", "MAIL_CATCHER_SMTP_PORT");
    await requireFreePort(c.MAIL_CATCHER_HTTP_PORT, "the local mail catcher's inbox", "MAIL_CATCHER_HTTP_PORT");
  }
  if (!c.STRIPE_SECRET_KEY) await requireFreePort(c.STRIPE_DOUBLE_PORT, "the local Stripe double", "STRIPE_DOUBLE_PORT");
  const database = await resolveDatabase();
  stops.push(database.stop);
  env.DATABASE_URL = database.url;
  if (database.embedded) embedded.push("db");
  lines.push(database.embedded ? `PostgreSQL   embedded, data in ${shown(embeddedDataDir())} (port ${c.EMBEDDED_PG_PORT})` : "PostgreSQL   DATABASE_URL");

  const applied = await applyMigrations(database.url);
  if (applied.length) lines.push(`Migrations   applied ${applied.join(", ")}`);
  if (opts.seed) {
    const db = createDb(database.url, 2);
    try {
      if (!(await isSeeded(db))) {
        await seedDemoContent(db, { storage: localStorage(path.resolve(ROOT, c.STORAGE_DIR)) });
        lines.push("Demo content seeded into the empty database");
      }
    } finally {
      await db.$disconnect();
    }
  }

  if (!c.SMTP_URL) {
    const mail = await startMailCatcher({ smtpPort: c.MAIL_CATCHER_SMTP_PORT, httpPort: c.MAIL_CATCHER_HTTP_PORT });
    stops.push(mail.stop);
    env.SMTP_URL = mail.smtpUrl;
    env.MAIL_CATCHER_URL = mail.inboxUrl;
    embedded.push("smtp");
    lines.push(`Mail         local catcher; read sign-in links at ${mail.inboxUrl}`);
  } else lines.push("Mail         SMTP_URL");

  if (!c.STRIPE_SECRET_KEY) {
    // This install's own keys (lib/secrets.ts): a webhook secret printed in the
    // repository would let anyone forge checkout events against a local site.
    const { stripeWebhook: secret, stripeApiKey } = localSecrets(c.SECRETS_FILE);
    const double = await startStripeDouble({
      port: c.STRIPE_DOUBLE_PORT,
      webhookUrl: `${c.siteUrl}/api/stripe/webhook`,
      webhookSecret: secret,
      apiKey: stripeApiKey,
      statePath: path.resolve(ROOT, c.TLD_DATA_DIR, "stripe-double.json"),
      log: () => {},
    });
    stops.push(double.stop);
    Object.assign(env, {
      STRIPE_SECRET_KEY: stripeApiKey,
      STRIPE_WEBHOOK_SECRET: secret,
      STRIPE_PUBLISHABLE_KEY: "pk_test_local_stripe_double",
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: String(double.port),
      STRIPE_API_PROTOCOL: "http",
    });
    await syncPlans(new Stripe(env.STRIPE_SECRET_KEY, { host: "127.0.0.1", port: double.port, protocol: "http" }));
    embedded.push("stripe");
    lines.push(`Stripe       local test double at ${double.url} (card 4242 4242 4242 4242 pays, 4000 0000 0000 0341 is declined)`);
  } else lines.push("Stripe       STRIPE_SECRET_KEY");

  env.TLD_EMBEDDED = embedded.join(",");
  return {
    env,
    lines,
    stop: async () => {
      for (const s of stops.reverse()) await s().catch(() => {});
    },
  };
}
