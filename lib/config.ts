// The only module that reads the environment. Validated once, on first use.
// Embedded mode: with DATABASE_URL / SMTP_URL / STRIPE_SECRET_KEY unset, the
// launch scripts start local stand-ins and pass their addresses down.
import { z } from "zod";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url().optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL").optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().default(54329),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional(),
  EMAIL_FROM: z.string().default("Trade Law Daily <newsroom@tradelawdaily.test>"),
  MAIL_CATCHER_SMTP_PORT: z.coerce.number().int().default(1025),
  MAIL_CATCHER_HTTP_PORT: z.coerce.number().int().default(1080),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  PREVIEW_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  MAGIC_LINK_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().optional(),
  STRIPE_API_HOST: z.string().optional(),
  STRIPE_API_PORT: z.coerce.number().int().optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
  STRIPE_DOUBLE_PORT: z.coerce.number().int().default(12111),
  PAYMENT_GRACE_DAYS: z.coerce.number().int().min(0).default(7),
  STORAGE_DIR: z.string().default(".data/storage"),
  // Where the embedded stand-ins keep their state (PostgreSQL's data in pg/, the Stripe
  // double's state); relative paths are from the checkout. Tests point it at a throwaway folder.
  TLD_DATA_DIR: z.string().default(".data"),
  S3_BUCKET: z.string().optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool,
  WORKER_QUEUES: z.string().default(""),
  EDITION_TIME: z.string().regex(/^\d{2}:\d{2}$/, "EDITION_TIME is HH:MM (New York time)").default("06:00"),
  EDITION_HOLIDAYS: z.string().default(""),
  EDITION_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  EDITION_BATCH_PAUSE_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).default(50),
  SEARCH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  TLD_EMBEDDED: z.string().default(""),
  TLD_QUIET: bool,
});

export type Config = z.infer<typeof schema> & {
  siteUrl: string;
  isPublicDeployment: boolean;
  authSecret: string;
};

let cached: Config | null = null;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const siteUrl = (c.SITE_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, "");
  const host = new URL(siteUrl).hostname;
  const isPublicDeployment = !["localhost", "127.0.0.1", "::1", "[::1]"].includes(host);
  if (isPublicDeployment) {
    const missing = [
      ["DATABASE_URL", c.DATABASE_URL],
      ["SMTP_URL", c.SMTP_URL],
      ["STRIPE_SECRET_KEY", c.STRIPE_SECRET_KEY],
      ["STRIPE_WEBHOOK_SECRET", c.STRIPE_WEBHOOK_SECRET],
      ["NEXTAUTH_SECRET", c.NEXTAUTH_SECRET],
    ]
      .filter(([, v]) => !v)
      .map(([k]) => k);
    if (missing.length)
      throw new ConfigError(
        `SITE_URL is ${siteUrl}, a public address, so real services are required; missing: ${missing.join(", ")}. ` +
          "Local stand-ins are used only when SITE_URL is unset or points at localhost.",
      );
  }
  // Embedded/dev mode: a fixed, clearly non-production secret keeps sessions
  // valid across restarts. A public deployment must set its own (checked above).
  const authSecret = c.NEXTAUTH_SECRET ?? "tld-local-development-secret-not-for-production";
  return { ...c, siteUrl, isPublicDeployment, authSecret };
}

export function config(): Config {
  cached ??= loadConfig();
  return cached;
}

/** For launch scripts that set variables (e.g. an embedded DATABASE_URL) after a first read. */
export function reloadConfig(): Config {
  cached = null;
  return config();
}
