// npm start — the production build, with the same services as `npm run dev`.
import { config } from "../lib/config.ts";
import { runWithServices } from "./lib/run-next.ts";

await runWithServices(["start", "--port", String(config().PORT)], { seed: true, banner: true, worker: true });
