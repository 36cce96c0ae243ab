// npm run dev — embedded services when not configured, migrate, seed an empty
// database, then `next dev` on PORT (default 3000).
import { config } from "../lib/config.ts";
import { runWithServices } from "./lib/run-next.ts";

await runWithServices(["dev", "--port", String(config().PORT)], { seed: true, banner: true, worker: true });
