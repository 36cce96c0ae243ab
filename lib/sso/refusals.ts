// Why a single sign-on was refused, as the reader is told on
// /sign-in/sso-error?reason=… The URL carries only the reason's name, never
// an identity provider's or a library's error text.

export const SSO_REFUSALS = {
  "bad-signature": {
    title: "Your company's sign-in could not be verified",
    text: "The answer from your company's sign-in service was not signed with the key we hold for it. Please try again; if it keeps happening, ask your IT team to check the single sign-on set-up with us.",
  },
  "wrong-audience": {
    title: "That sign-in was meant for another service",
    text: "Your company's sign-in service answered for a different application than Trade Law Daily. Please ask your IT team to check the single sign-on set-up.",
  },
  expired: {
    title: "That sign-in has expired",
    text: "The sign-in from your company's service arrived too late to be used. Please sign in again.",
  },
  replayed: {
    title: "That sign-in was already used",
    text: "Each sign-in from your company's service can be used once. Please sign in again.",
  },
  "outside-domains": {
    title: "That address is not covered by the licence",
    text: "Your company's sign-in service gave an email address outside the domains of its Trade Law Daily licence, so we could not sign you in with it.",
  },
  "email-unverified": {
    title: "Your email address was not confirmed",
    text: "Your company's sign-in service did not confirm your email address, so we could not sign you in with it. Please ask your IT team.",
  },
  "state-mismatch": {
    title: "This sign-in did not start in this browser",
    text: "The answer from your company's sign-in service does not belong to a sign-in started here, or it was already used. Please start again from the sign-in page.",
  },
  "licence-full": {
    title: "Your company's licence has no free seat",
    text: "You signed in with your company, but every seat of its Trade Law Daily licence is taken. Please ask your licence administrator to free a seat or add seats.",
  },
  "staff-account": {
    title: "Please sign in with an email link",
    text: "This address belongs to a Trade Law Daily newsroom account, which signs in with an email link rather than a company's sign-in service.",
  },
  "idp-unreachable": {
    title: "Your company's sign-in service is not answering",
    text: "We could not reach your company's sign-in service just now. Please try again in a few minutes.",
  },
  "idp-refused": {
    title: "Your company's sign-in service did not sign you in",
    text: "Your company's sign-in service ended the sign-in without letting you in. Please try again, or ask your IT team.",
  },
  "too-many": {
    title: "Too many sign-ins from your network",
    text: "Too many company sign-ins were started from your network in the last few minutes. Please try again in ten minutes.",
  },
  "not-configured": {
    title: "Single sign-on is not set up",
    text: "This licence has no single sign-on set up any more. Please sign in again from the sign-in page.",
  },
} as const;

export type SsoRefusal = keyof typeof SSO_REFUSALS;

export function isSsoRefusal(x: unknown): x is SsoRefusal {
  return typeof x === "string" && Object.hasOwn(SSO_REFUSALS, x);
}

/** A refusal the sign-in routes turn into a redirect to the refusal page. */
export class SsoRefused extends Error {
  constructor(
    readonly reason: SsoRefusal,
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

export const refusalPath = (reason: SsoRefusal) => `/sign-in/sso-error?reason=${reason}`;
