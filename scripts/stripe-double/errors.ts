// Stripe's error envelope. The SDK picks its error class from the HTTP status
// (400/404 → StripeInvalidRequestError, 401 → StripeAuthenticationError,
// 402 → StripeCardError), so status and body must agree with real Stripe.

export type ErrorType = "invalid_request_error" | "card_error" | "idempotency_error" | "api_error";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: ErrorType = "invalid_request_error",
    readonly param?: string,
    readonly code?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toJSON(): { error: Record<string, unknown> } {
    const error: Record<string, unknown> = { type: this.type, message: this.message };
    if (this.param !== undefined) error.param = this.param;
    if (this.code !== undefined) {
      error.code = this.code;
      error.doc_url = `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, "-")}`;
    }
    return { error: { ...error, ...this.extra } };
  }
}

export function missing(kind: string, id: string, param = "id"): ApiError {
  return new ApiError(404, `No such ${kind}: '${id}'`, "invalid_request_error", param, "resource_missing");
}

export function missingParam(param: string): ApiError {
  return new ApiError(400, `Missing required param: ${param}.`, "invalid_request_error", param, "parameter_missing");
}

export function invalid(param: string, message: string, code = "parameter_invalid"): ApiError {
  return new ApiError(400, message, "invalid_request_error", param, code);
}

export function cardError(code: string, message: string, declineCode?: string, param?: string): ApiError {
  const extra = declineCode ? { decline_code: declineCode } : {};
  return new ApiError(402, message, "card_error", param, code, extra);
}
