// The only module that reads the environment. Validated once, on first use.
// Embedded mode: with DATABASE_URL / SMTP_URL / STRIPE_SECRET_KEY unset, the
// launch scripts start local stand-ins and pass their addresses down.
import ipaddr from "ipaddr.js";
import { z } from "zod";
import { DEFAULT_SECRETS_FILE, isRetiredSecret, localSecrets, MIN_SECRET_BYTES } from "./secrets.ts";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().default(54329),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional(),
  EMAIL_FROM: z.string().default("Trade Law Daily <newsroom@tradelawdaily.test>"),
  MAIL_CATCHER_SMTP_PORT: z.coerce.number().int().default(1025),
  MAIL_CATCHER_HTTP_PORT: z.coerce.number().int().default(1080),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  SECRETS_FILE: z.string().default(DEFAULT_SECRETS_FILE),
  FRONT_URL: z
    .string()
    .default("")
    .refine(
      (v) => v.split(",").every((u) => !u.trim() || /^https?:\/\/[^/\s]+$/.test(u.trim())),
      "FRONT_URL is a comma-separated list of front addresses like http://127.0.0.1:8080",
    ),
  // The publisher's own email domains (comma-separated), never accepted as a licence's join
  // domain; the domains of EMAIL_FROM and SITE_URL and of staff accounts are refused as well.
  PUBLISHER_DOMAINS: z.string().default(""),
  // The nginx front's read log (decision 28), ingested by the worker's usage job; npm start sets it.
  FRONT_READS_LOG: z.string().default(""),
  // How long raw read events are kept (days); daily roll-ups are kept for good.
  READ_EVENTS_DAYS: z.coerce.number().int().min(7).max(3650).default(90),
  PREVIEW_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  // Share links (decision 32): how many a reader may create per calendar month (UTC), and how long each works.
  SHARE_LINKS_PER_MONTH: z.coerce.number().int().min(0).max(1000).default(10),
  SHARE_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  MAGIC_LINK_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().optional(),
  STRIPE_API_HOST: z.string().optional(),
  STRIPE_API_PORT: z.coerce.number().int().optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
  STRIPE_DOUBLE_PORT: z.coerce.number().int().default(12111),
  PAYMENT_GRACE_DAYS: z.coerce.number().int().min(0).default(7),
  STORAGE_DIR: z.string().default(".data/storage"),
  // The folder next build wrote (next.config.ts reads the same variable): /readyz reports its BUILD_ID.
  NEXT_DIST_DIR: z.string().default(".next"),
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
  EDITION_TIME: z
    .string()
    .regex(/^\d{2}:\d{2}$/, "EDITION_TIME is HH:MM (New York time)")
    .default("06:00"),
  EDITION_HOLIDAYS: z.string().default(""),
  EDITION_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  EDITION_BATCH_PAUSE_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).default(50),
  // The peers whose X-Forwarded-For names the client (lib/request.ts, decision 22): the
  // front connects to the app from loopback. Comma-separated addresses or CIDR ranges.
  TRUSTED_PROXIES: z
    .string()
    .default("127.0.0.1,::1")
    .refine(
      (v) => v.split(",").every((s) => !s.trim() || ipaddr.isValid(s.trim()) || ipaddr.isValidCIDR(s.trim())),
      "TRUSTED_PROXIES is a comma-separated list of addresses or CIDR ranges, like 127.0.0.1,::1",
    ),
  // Office ranges may be private or loopback ones (tests, an intranet install); always so when SITE_URL is localhost.
  ALLOW_PRIVATE_RANGES: bool,
  SEARCH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  // This app instance's own address (set per instance by npm start and the tests): its Pages
  // Router refreshes go to itself, not through the front to any instance (decision 35).
  TLD_INSTANCE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  TLD_EMBEDDED: z.string().default(""),
  TLD_QUIET: bool,
});

export type Config = z.infer<typeof schema> & {
  siteUrl: string;
  isPublicDeployment: boolean;
  /** The fronts (nginx) whose caches a publication change purges (FRONT_URL). */
  frontUrls: string[];
  authSecret: string;
  /** TRUSTED_PROXIES, split. */
  trustedProxies: string[];
  /** May office ranges be private, loopback or link-local? (a local or test deployment, or ALLOW_PRIVATE_RANGES) */
  rangesAllowPrivate: boolean;
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
  if (c.NODE_ENV === "production") {
    if (c.NEXTAUTH_SECRET && (Buffer.byteLength(c.NEXTAUTH_SECRET) < MIN_SECRET_BYTES || isRetiredSecret(c.NEXTAUTH_SECRET)))
      throw new ConfigError(
        `NEXTAUTH_SECRET is ${isRetiredSecret(c.NEXTAUTH_SECRET) ? "a value that was once published as a default" : `shorter than ${MIN_SECRET_BYTES} bytes`}; ` +
          "set it to 32 or more random bytes (for example the output of `openssl rand -base64 32`), or unset it on a local install to use the generated one in .data/secrets.json.",
      );
    if (c.STRIPE_WEBHOOK_SECRET && isRetiredSecret(c.STRIPE_WEBHOOK_SECRET))
      throw new ConfigError("STRIPE_WEBHOOK_SECRET is a value that was once published as a default; use the signing secret Stripe shows for your endpoint.");
  }
  const frontUrls = c.FRONT_URL.split(",")
    .map((u) => u.trim().replace(/\/$/, ""))
    .filter(Boolean);
  const trustedProxies = c.TRUSTED_PROXIES.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const rangesAllowPrivate = !isPublicDeployment || c.ALLOW_PRIVATE_RANGES;
  const config = { ...c, siteUrl, isPublicDeployment, frontUrls, trustedProxies, rangesAllowPrivate } as Config;
  // Given in the environment, or this install's own (lib/secrets.ts): never a
  // string from the source tree. Read on first use, so commands that sign
  // nothing create no file.
  let authSecret = c.NEXTAUTH_SECRET;
  Object.defineProperty(config, "authSecret", {
    enumerable: true,
    get: () => (authSecret ??= localSecrets(c.SECRETS_FILE).session),
  });
  return config;
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
