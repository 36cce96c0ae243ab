// npm run front:conf — writes deploy/nginx.conf, the front's deployable
// configuration, from scripts/lib/front.ts (the same rules npm start, the
// tests and the bench use). Options: --upstream 127.0.0.1:3001 --listen 80
// --cache-dir /var/lib/nginx/tld-cache --out deploy/nginx.conf ("-" for stdout).
// --secrets: also write the njs pass check and the front's secrets (derived
// from NEXTAUTH_SECRET in the environment) where deploy/nginx.conf reads them
// (/etc/nginx/tld/pass.js and /etc/nginx/tld/secrets.conf, mode 600).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { frontPassScript, passKey } from "../lib/access-pass.ts";
import { DEPLOY_PASS_SCRIPT, DEPLOY_PASS_SECRETS, deployConf, passSecrets } from "./lib/front.ts";

const { values } = parseArgs({
  options: { upstream: { type: "string" }, listen: { type: "string" }, "cache-dir": { type: "string" }, out: { type: "string", default: "deploy/nginx.conf" }, secrets: { type: "boolean", default: false } },
});
const conf = deployConf({ upstream: values.upstream, listen: values.listen, cacheDir: values["cache-dir"] });
if (values.out === "-") process.stdout.write(conf);
else {
  writeFileSync(values.out!, conf);
  console.log(`wrote ${values.out}; check it with: sudo nginx -t -c $(realpath ${values.out})`);
}
if (values.secrets) {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 16) {
    console.error("--secrets needs the app's NEXTAUTH_SECRET (16+ characters) in the environment: the front's keys derive from it.");
    process.exit(2);
  }
  mkdirSync(path.dirname(DEPLOY_PASS_SCRIPT), { recursive: true, mode: 0o755 });
  writeFileSync(DEPLOY_PASS_SCRIPT, frontPassScript(), { mode: 0o644 });
  writeFileSync(DEPLOY_PASS_SECRETS, passSecrets(passKey(secret)) + "\n", { mode: 0o600 });
  console.log(`wrote ${DEPLOY_PASS_SCRIPT} and ${DEPLOY_PASS_SECRETS}`);
}
