// The key for access passes and shared renders on this site: derived from the
// session secret (given, or this install's own: lib/secrets.ts).
import { config } from "../config.ts";
import { passKey } from "./pass.ts";

export function siteKey(): string {
  return passKey(config().authSecret);
}
