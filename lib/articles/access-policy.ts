import { DEFAULT_POLICY, type AccessPolicy } from "../access.ts";
import { config } from "../config.ts";

/** The access policy with this deployment's settings (payment grace days). */
export function accessPolicy(): AccessPolicy {
  return { ...DEFAULT_POLICY, paymentGraceDays: config().PAYMENT_GRACE_DAYS };
}
