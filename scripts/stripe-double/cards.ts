// Stripe's documented test cards, with the messages Stripe shows for them.
// Checks run in the order Checkout applies them: number format, expiry and
// CVC are validated before the "bank" gets to decline.

export interface CardInput {
  number: string;
  expiry?: string;
  cvc?: string;
}

export type CardCheck = { ok: true; brand: string; last4: string } | { ok: false; code: string; declineCode?: string; message: string; param: string };

const APPROVED: Record<string, string> = {
  "4242424242424242": "visa",
  "5555555555554444": "mastercard",
};

const DECLINED: Record<string, { declineCode: string; message: string }> = {
  // Attaches fine but every charge fails; Checkout reports a plain decline.
  "4000000000000341": { declineCode: "generic_decline", message: "Your card was declined." },
  "4000000000000002": { declineCode: "generic_decline", message: "Your card was declined." },
  "4000000000009995": { declineCode: "insufficient_funds", message: "Your card has insufficient funds." },
};

function parseExpiry(raw: string): { month: number; year: number } | null {
  const m = /^(\d{1,2})\s*\/?\s*(\d{2}|\d{4})$/.exec(raw.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const year = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/** `now` is unix seconds on the double's clock. Expiry/CVC are only checked when `strict`. */
export function checkCard(input: CardInput, now: number, strict: boolean): CardCheck {
  const number = input.number.replace(/[\s-]/g, "");
  const fail = (code: string, message: string, param: string): CardCheck => ({ ok: false, code, message, param });
  if (!number) return fail("incomplete_number", "Your card number is incomplete.", "cardNumber");
  const brand = APPROVED[number];
  const decline = DECLINED[number];
  if (!brand && !decline) return fail("invalid_number", "Your card number is invalid.", "cardNumber");
  if (strict || input.expiry) {
    if (!input.expiry?.trim()) return fail("incomplete_expiry", "Your card's expiration date is incomplete.", "cardExpiry");
    const exp = parseExpiry(input.expiry);
    if (!exp) return fail("invalid_expiry_month", "Your card's expiration date is invalid.", "cardExpiry");
    const today = new Date(now * 1000);
    const current = today.getUTCFullYear() * 12 + today.getUTCMonth() + 1;
    if (exp.year * 12 + exp.month < current) return fail("invalid_expiry_year", "Your card's expiration year is in the past.", "cardExpiry");
  }
  if (strict || input.cvc) {
    if (!input.cvc?.trim()) return fail("incomplete_cvc", "Your card's security code is incomplete.", "cardCvc");
    if (!/^\d{3,4}$/.test(input.cvc.trim())) return fail("invalid_cvc", "Your card's security code is invalid.", "cardCvc");
  }
  if (decline) return { ok: false, code: "card_declined", declineCode: decline.declineCode, message: decline.message, param: "cardNumber" };
  return { ok: true, brand, last4: number.slice(-4) };
}
