// One error type for the whole server: a string code that maps to one HTTP status, a message safe to show a user.
export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  /** Praise: a person cannot praise themselves (the praise API contract names this code). */
  cannot_praise_self: 400,
  unauthenticated: 401,
  forbidden: 403,
  consent_required: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  too_many_requests: 429,
  internal: 500,
  graph_unavailable: 502,
  graph_error: 502,
  identity_unavailable: 502,
  not_ready: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type AppErrorOptions = {
  details?: unknown;
  cause?: unknown;
  /** Extra response headers, e.g. WWW-Authenticate on 401 or Retry-After on 429. */
  headers?: Record<string, string>;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  get status(): (typeof errorStatus)[ErrorCode] {
    return errorStatus[this.code];
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
