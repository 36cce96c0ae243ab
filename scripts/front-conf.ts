// npm run front:conf — writes deploy/nginx.conf, the front's deployable
// configuration, from scripts/lib/front.ts (the same rules npm start, the
// tests and the bench use). Options: --upstream 127.0.0.1:3001 --listen 80
// --cache-dir /var/lib/nginx/tld-cache --out deploy/nginx.conf ("-" for stdout).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { deployConf } from "./lib/front.ts";

const { values } = parseArgs({ options: { upstream: { type: "string" }, listen: { type: "string" }, "cache-dir": { type: "string" }, out: { type: "string", default: "deploy/nginx.conf" } } });
const conf = deployConf({ upstream: values.upstream, listen: values.listen, cacheDir: values["cache-dir"] });
if (values.out === "-") process.stdout.write(conf);
else {
  writeFileSync(values.out!, conf);
  console.log(`wrote ${values.out}; check it with: sudo nginx -t -c $(realpath ${values.out})`);
}
