// npm start — the production build, with the same services as `npm run dev`,
// served as in production: the nginx front (page cache for anonymous pages,
// a fresh script nonce in every response; scripts/lib/front.ts) on PORT and
// next start behind it on an internal loopback port. Without Debian's nginx
// it warns and next start serves PORT directly.
// `npm start -- --behind-front`: no nginx child; next start on localhost:PORT
// for a front run by the system (deploy/nginx.conf).
// `npm start -- --instances N` (default 1): N next start processes behind the
// front, one job worker (decision 35); `npm run deploy:rolling` replaces them
// one at a time with a new build.
import { parseArgs } from "node:util";
import { config } from "../lib/config.ts";
import { nextHostname } from "./lib/front.ts";
import { runWithServices } from "./lib/run-next.ts";

const { values } = parseArgs({ options: { "behind-front": { type: "boolean", default: false }, instances: { type: "string", default: "1" } } });
const instances = Number(values.instances);
if (!Number.isInteger(instances) || instances < 1 || instances > 16) {
  console.error(`--instances ${values.instances}: a whole number from 1 to 16 expected`);
  process.exit(2);
}
const port = config().PORT;
if (values["behind-front"] && instances > 1) {
  // N next start on PORT, PORT+1, ... and one worker, for a system nginx listing them all.
  await runWithServices(["start"], { seed: true, banner: true, worker: true, behindFront: true, instances });
} else if (values["behind-front"]) {
  console.log(`Front        external (deploy/nginx.conf): next start on localhost:${port} only`);
  await runWithServices(["start", "--hostname", await nextHostname(), "--port", String(port)], { seed: true, banner: true, worker: true });
} else await runWithServices(["start"], { seed: true, banner: true, worker: true, front: { port }, instances });
