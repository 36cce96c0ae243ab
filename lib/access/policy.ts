// The access policy in force: this deployment's settings, read from the
// configuration every time (lib/config.ts caches the parse). The only source
// of grace and preview days; nothing outside lib/access/ reads them.
import { config } from "../config.ts";
import type { AccessPolicy } from "./rules.ts";

/** How long after a period ends a renewal webhook may still arrive before access lapses. */
const RENEWAL_LEEWAY_HOURS = 24;

export function accessPolicy(): AccessPolicy {
  const c = config();
  return { paymentGraceDays: c.PAYMENT_GRACE_DAYS, renewalLeewayHours: RENEWAL_LEEWAY_HOURS, previewDays: c.PREVIEW_DAYS };
}
