// npm run build — `next build` with a migrated database available, since
// anonymous pages are prerendered from it.
import { runWithServices } from "./lib/run-next.ts";

await runWithServices(["build"], { seed: true, banner: false });
