// Per-install secrets (lib/secrets.ts, decision 0014): generated once per
// install, reused on later starts, never a string in the tree; production
// refuses a guessable session secret.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../lib/config.ts";
import { isRetiredSecret, localSecrets } from "../../lib/secrets.ts";
import { RETIRED } from "../support/retired-secrets.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "tld-secrets-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The session secret a new process of an install whose secrets live in `file` uses (a restart). */
function sessionSecretOfNewProcess(file: string): Promise<string> {
  const code = `import { loadConfig } from "./lib/config.ts"; process.stdout.write(loadConfig({ SECRETS_FILE: ${JSON.stringify(file)} }).authSecret);`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(err))));
  });
}

describe("per-install secrets", () => {
  it("two installs get different secrets; one install keeps its own across restarts, in a file only its owner reads", async () => {
    const a = path.join(tmp, "a/.data/secrets.json");
    const b = path.join(tmp, "b/.data/secrets.json");
    const first = await sessionSecretOfNewProcess(a);
    const other = await sessionSecretOfNewProcess(b);
    const restarted = await sessionSecretOfNewProcess(a);
    expect(first).toHaveLength(43); // 32 random bytes, base64url
    expect(other).not.toBe(first);
    expect(restarted).toBe(first);
    expect(statSync(a).mode & 0o777).toBe(0o600);
    // The folder stays enterable: the embedded PostgreSQL runs as its own user and keeps its data beside the file.
    expect(statSync(path.dirname(a)).mode & 0o005).toBe(0o005);
    const onDisk = JSON.parse(readFileSync(a, "utf8"));
    expect(onDisk.session).toBe(first);
    expect(onDisk.stripeWebhook).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(onDisk.stripeApiKey).toMatch(/^sk_test_[A-Za-z0-9_-]{43}$/);
    expect(localSecrets(b).session).toBe(other);
  });

  it("processes of one install starting together all end up with the same secret", async () => {
    const file = path.join(tmp, "race/.data/secrets.json");
    const seen = await Promise.all(Array.from({ length: 4 }, () => sessionSecretOfNewProcess(file)));
    expect(new Set(seen).size).toBe(1);
    expect(JSON.parse(readFileSync(file, "utf8")).session).toBe(seen[0]);
  });

  it("a secret given in the environment wins, and no file is written for it", () => {
    const file = path.join(tmp, "given/.data/secrets.json");
    const given = "x".repeat(40);
    expect(loadConfig({ NODE_ENV: "test", NEXTAUTH_SECRET: given, SECRETS_FILE: file }).authSecret).toBe(given);
    expect(() => statSync(file)).toThrow();
  });
});

describe("production never runs on a guessable secret", () => {
  const prod = (secret: string) => () => loadConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: secret, SECRETS_FILE: path.join(tmp, "prod.json") });

  it("refuses a session secret shorter than 32 bytes, naming NEXTAUTH_SECRET", () => {
    expect(prod("short-but-16-chars-long")).toThrow(ConfigError);
    expect(prod("short-but-16-chars-long")).toThrow(/NEXTAUTH_SECRET is shorter than 32 bytes/);
  });

  it("refuses every value that was ever a published default", () => {
    expect(prod(RETIRED.session)).toThrow(/NEXTAUTH_SECRET is a value that was once published/);
    for (const v of Object.values(RETIRED)) expect(isRetiredSecret(v), v).toBe(true);
    expect(() => loadConfig({ NODE_ENV: "production", STRIPE_WEBHOOK_SECRET: RETIRED.stripeWebhook, SECRETS_FILE: path.join(tmp, "prod.json") })).toThrow(
      /STRIPE_WEBHOOK_SECRET/,
    );
  });

  it("starts with 32 random bytes, and with the generated secret of a local install", () => {
    const good = "k".repeat(12) + "Q9v2Yw3mZp7Ls8Rt4Nb6Hc1Jd5";
    expect(prod(good)().authSecret).toBe(good);
    expect(loadConfig({ NODE_ENV: "production", SECRETS_FILE: path.join(tmp, "local/.data/secrets.json") }).authSecret).toHaveLength(43);
  });
});

describe("the tree holds no secret", () => {
  // Every file git tracks or would track (untracked, not ignored).
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((f) => f && !/\.(png|jpe?g|pdf|ico|woff2?|wasm)$/i.test(f));
  const read = (f: string) => {
    try {
      return readFileSync(path.join(ROOT, f), "utf8");
    } catch {
      return ""; // deleted in the working tree
    }
  };

  it("none of the old default secrets appears anywhere", () => {
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const f of files) {
      const text = read(f);
      for (const [name, value] of Object.entries(RETIRED)) if (text.includes(value)) found.push(`${f}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it("no code the site runs signs or checks with a literal key", () => {
    // The double's own self-tests are test code: their keys go to a double that accepts any test key.
    const code = files.filter(
      (f) => /^(lib|app|pages|components|scripts|deploy)\/|^proxy\.ts$/.test(f) && /\.(ts|tsx|mjs|js|conf)$/.test(f) && !/\/selftest[^/]*$/.test(f),
    );
    const literalKey = [
      /createHmac\(\s*["'`][^"'`]+["'`]\s*,\s*["'`]/, // HMAC with a literal key
      /["'`](whsec|sk_live|sk_test|rk_test|rk_live)_[A-Za-z0-9]{4,}/, // a Stripe secret or webhook secret
      /NEXTAUTH_SECRET\s*[:=]\s*["'`][^"'`$]/, // a session secret assigned a string
      /(secret|apiKey|webhookSecret)\s*:\s*["'`][A-Za-z0-9_-]{8,}["'`]/i, // an options object given a literal secret
    ];
    const found: string[] = [];
    for (const f of code) {
      read(f)
        .split("\n")
        .forEach((line, i) => {
          if (literalKey.some((re) => re.test(line))) found.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
