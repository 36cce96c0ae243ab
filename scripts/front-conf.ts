// npm run front:conf — writes deploy/nginx.conf, the front's deployable
// configuration, from scripts/lib/front.ts (the same rules npm start, the
// tests and the bench use). Options: --upstream 127.0.0.1:3001 --listen 80
// --cache-dir /var/lib/nginx/tld-cache --out deploy/nginx.conf ("-" for stdout).
// --secrets: also write the njs pass check and the front's secrets where
// deploy/nginx.conf reads them (/etc/nginx/tld/pass.js and
// /etc/nginx/tld/secrets.conf, mode 600). They derive from the app's session
// secret: NEXTAUTH_SECRET when set, else this install's generated one in
// .data/secrets.json (lib/secrets.ts). Run it again after rotating that secret.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { passKey } from "../lib/access/pass.ts";
import { ConfigError, loadConfig } from "../lib/config.ts";
import { DEPLOY_NOT_FOUND, DEPLOY_PASS_SCRIPT, DEPLOY_PASS_SECRETS, deployConf, NOT_FOUND_FILE, PASS_SCRIPT_FILE, passSecrets } from "./lib/front.ts";

const { values } = parseArgs({
  options: {
    upstream: { type: "string" },
    listen: { type: "string" },
    "cache-dir": { type: "string" },
    out: { type: "string", default: "deploy/nginx.conf" },
    secrets: { type: "boolean", default: false },
  },
});
const conf = deployConf({ upstream: values.upstream, listen: values.listen, cacheDir: values["cache-dir"] });
if (values.out === "-") process.stdout.write(conf);
else {
  writeFileSync(values.out!, conf);
  console.log(`wrote ${values.out}; check it with: sudo nginx -t -c $(realpath ${values.out})`);
}
if (values.secrets) {
  let c;
  try {
    c = loadConfig();
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : String(e));
    process.exit(2);
  }
  mkdirSync(path.dirname(DEPLOY_PASS_SCRIPT), { recursive: true, mode: 0o755 });
  copyFileSync(PASS_SCRIPT_FILE, DEPLOY_PASS_SCRIPT);
  copyFileSync(NOT_FOUND_FILE, DEPLOY_NOT_FOUND);
  writeFileSync(DEPLOY_PASS_SECRETS, passSecrets(passKey(c.authSecret)) + "\n", { mode: 0o600 });
  console.log(`wrote ${DEPLOY_PASS_SCRIPT}, ${DEPLOY_NOT_FOUND} and ${DEPLOY_PASS_SECRETS} (mode 600)`);
  console.log(
    c.NEXTAUTH_SECRET
      ? "The front's keys derive from NEXTAUTH_SECRET in this environment: give the app the same value."
      : `The front's keys derive from this install's generated session secret in ${path.resolve(c.SECRETS_FILE)}.`,
  );
  console.log(
    "To rotate: set a new NEXTAUTH_SECRET (or delete that file on a local install), restart the app, run this again and reload nginx. " +
      "Access passes, shared renders, revalidation tokens and emailed unsubscribe links signed with the old key stop working; sessions stay signed in (they live in the database).",
  );
}
