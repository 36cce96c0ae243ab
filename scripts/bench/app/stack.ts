// What `next start` needs besides the database, the way the test harness
// starts it: the mail catcher and the Stripe test double on free ports, and
// the environment that points the app at them. Only 127.0.0.1 is used.
import Stripe from "stripe";
import { syncPlans } from "../../../lib/billing/plans.ts";
import { freshSecrets } from "../../../lib/secrets.ts";
import { startMailCatcher } from "../../lib/mail-catcher.ts";
import { startStripeDouble } from "../../stripe-double/server.ts";
import { DIST } from "./build.ts";

export type Stack = { env: NodeJS.ProcessEnv; stop: () => Promise<void> };

export async function startStack(opts: { databaseUrl: string; port: number; storageDir: string }): Promise<Stack> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {});
  };
  try {
    const mail = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    stops.push(mail.stop);
    const siteUrl = `http://127.0.0.1:${opts.port}`;
    // The double's keys are this run's own (lib/secrets.ts); the app and the front share
    // the install's session secret (.data/secrets.json, unless NEXTAUTH_SECRET is set).
    const secrets = freshSecrets();
    const webhookSecret = secrets.stripeWebhook;
    const double = await startStripeDouble({ port: 0, webhookUrl: `${siteUrl}/api/stripe/webhook`, webhookSecret, apiKey: secrets.stripeApiKey, log: () => {} });
    stops.push(double.stop);
    await syncPlans(new Stripe(secrets.stripeApiKey, { host: "127.0.0.1", port: double.port, protocol: "http" }));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST,
      DATABASE_URL: opts.databaseUrl,
      SMTP_URL: mail.smtpUrl,
      STORAGE_DIR: opts.storageDir,
      PORT: String(opts.port),
      SITE_URL: siteUrl,
      TLD_EMBEDDED: "db,smtp,stripe",
      TLD_QUIET: "1",
      LOG_LEVEL: "warn",
      STRIPE_SECRET_KEY: secrets.stripeApiKey,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_PUBLISHABLE_KEY: "pk_test_bench",
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: String(double.port),
      STRIPE_API_PROTOCOL: "http",
    };
    return { env, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
