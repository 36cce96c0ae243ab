// npm start — the production build, with the same services as `npm run dev`,
// served as in production: the nginx front (page cache for anonymous pages,
// a fresh script nonce in every response; scripts/lib/front.ts) on PORT and
// next start behind it on an internal loopback port. Without Debian's nginx
// it warns and next start serves PORT directly.
// `npm start -- --behind-front`: no nginx child; next start on localhost:PORT
// for a front run by the system (deploy/nginx.conf).
import { config } from "../lib/config.ts";
import { nextHostname } from "./lib/front.ts";
import { runWithServices } from "./lib/run-next.ts";

const port = config().PORT;
if (process.argv.includes("--behind-front")) {
  console.log(`Front        external (deploy/nginx.conf): next start on localhost:${port} only`);
  await runWithServices(["start", "--hostname", await nextHostname(), "--port", String(port)], { seed: true, banner: true, worker: true });
} else await runWithServices(["start"], { seed: true, banner: true, worker: true, front: { port } });
