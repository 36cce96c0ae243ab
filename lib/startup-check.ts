// A server started by hand, without npm start's launcher, still refuses to
// run on a bad configuration, for example a guessable NEXTAUTH_SECRET in
// production (lib/config.ts): one sentence, then exit, instead of failing
// request by request. Imported by instrumentation.ts on the Node.js runtime only.
import { config, ConfigError } from "./config.ts";

try {
  config();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(e.message);
  process.exit(1);
}
