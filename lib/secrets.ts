// Per-install secrets (docs/decisions/0014-per-install-secrets.md).
//
// Every key the app signs or checks with is either given in the environment
// or generated here, once per install, with a cryptographic RNG, and kept in
// `.data/secrets.json` (mode 600, beside the embedded database). Later starts
// reuse the file, so sessions, passes and emailed links survive restarts.
// No secret is ever a string in the source tree: a machine that is reachable
// from the network without SITE_URL set is still safe, because its keys are
// its own.
//
// Rotation: stop the site, delete the file (or set NEXTAUTH_SECRET), start it.
// Access passes, shared renders, revalidation and unsubscribe links signed
// with the old key stop working; database sessions stay valid.
//
// Node's modules are taken at run time, not imported: lib/config.ts (which
// uses this file) is also reachable from Pages Router page modules, whose
// client bundle must not name node:fs. Nothing here runs outside a server.
const crypto = () => process.getBuiltinModule("node:crypto");
const fs = () => process.getBuiltinModule("node:fs");
const path = () => process.getBuiltinModule("node:path");

export type LocalSecrets = {
  /** NEXTAUTH_SECRET when none is given: sessions, access passes, shared renders, signed links. */
  session: string;
  /** The Stripe test double's webhook signing secret (embedded mode only). */
  stripeWebhook: string;
  /** The API key the Stripe test double accepts (embedded mode only). */
  stripeApiKey: string;
};

/** Where the install's secrets live unless SECRETS_FILE says otherwise (relative to the working directory). */
export const DEFAULT_SECRETS_FILE = ".data/secrets.json";

/** Shortest session secret production accepts, in bytes. */
export const MIN_SECRET_BYTES = 32;

/**
 * SHA-256 of every value that was ever a default secret of this project (the
 * old development session secret, the Stripe double's old webhook secrets and
 * API keys). Kept as hashes, so the tree holds none of them; production
 * refuses to start on any of them.
 */
const RETIRED_SHA256 = new Set([
  "874335724838f4d3dec54129c8a5b2351206673e51144ccacc1edcacea7d339b",
  "33880cd3dbe8a27d04e9545ed7b85f6854028290a71faf3fe9ab3ff637ffc3bd",
  "f7d8d549b989190fc26ff2c0bd0aef8bf1f9a222765e974f8c0189196b845f66",
  "99d0d228161b035a0bfd4c91743cdd8a53ed49c461716a2cc76e9596b132d58e",
  "1ec9580be20ce77771450bb7470027bba67917ce1115f57150d206228325c837",
  "58d3a9937f8cecfa5aa074f01b7027c30ea4caff4b1ea8575bdd437829a749bc",
  "1561ae68c29ece8a99914d1882dfa0a1028601d264c512178a520c4c0f50a9cc",
  "1e55d9242347570afef07d623f076f8cad35108b95be2b3e75fd5d403f295cfd",
]);

function sha256(s: string): string {
  return crypto().createHash("sha256").update(s).digest("hex");
}

/** Was this value ever published as a default secret of the project? */
export function isRetiredSecret(value: string): boolean {
  return RETIRED_SHA256.has(sha256(value));
}

/** A new set of random secrets: for throwaway stacks (tests, bench) that must not share the install's. */
export function freshSecrets(): LocalSecrets {
  const r = () => crypto().randomBytes(32).toString("base64url");
  return { session: r(), stripeWebhook: `whsec_${r()}`, stripeApiKey: `sk_test_${r()}` };
}

function valid(x: unknown): x is LocalSecrets {
  const o = x as Partial<LocalSecrets> | null;
  return !!o && [o.session, o.stripeWebhook, o.stripeApiKey].every((v) => typeof v === "string" && v.length >= 32);
}

const loaded = new Map<string, LocalSecrets>();

/**
 * The install's secrets, created on first use. Safe when several processes of
 * one install start at once: the file appears whole (written aside, then
 * hard-linked into place, which fails if another process won), and every
 * process reads the one that won.
 */
export function localSecrets(file = DEFAULT_SECRETS_FILE): LocalSecrets {
  const { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } = fs();
  const abs = path().resolve(file);
  const known = loaded.get(abs);
  if (known) return known;
  if (!existsSync(abs)) {
    // The folder keeps its ordinary mode: the embedded PostgreSQL, run as its own user, keeps its data beside it.
    mkdirSync(path().dirname(abs), { recursive: true });
    const aside = `${abs}.${process.pid}.${crypto().randomBytes(4).toString("hex")}`;
    writeFileSync(aside, JSON.stringify(freshSecrets(), null, 2) + "\n", { mode: 0o600, flag: "wx" });
    try {
      linkSync(aside, abs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    } finally {
      rmSync(aside, { force: true });
    }
  }
  if ((statSync(abs).mode & 0o077) !== 0) chmodSync(abs, 0o600);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(abs, "utf8"));
  } catch {
    parsed = null;
  }
  if (!valid(parsed)) throw new Error(`${abs} is not a secrets file this version wrote; move it away and start again to generate a new one.`);
  loaded.set(abs, parsed);
  return parsed;
}
