// The two ways an API call fails: the server answered with an error body, or no usable answer arrived at all.

/** The server's error codes (server/errors.ts), plus whatever a newer server may add. */
export type ApiErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'payload_too_large'
  | 'too_many_requests'
  | 'internal'
  | 'graph_unavailable'
  | 'graph_error'
  | 'not_ready'
  | (string & {});

/** The server answered 4xx/5xx with `{"error":{"code","message","requestId"}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  /** The server's message, safe to show. */
  readonly serverMessage: string;
  readonly requestId: string | null;
  readonly method: string;
  readonly url: string;

  constructor(options: { status: number; code: ApiErrorCode; message: string; requestId: string | null; method: string; url: string }) {
    super(`${options.method} ${options.url} failed with ${options.status} ${options.code}: ${options.message}`);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.serverMessage = options.message;
    this.requestId = options.requestId;
    this.method = options.method;
    this.url = options.url;
  }
}

/** The request never got a usable answer: offline, blocked, or a body that is not the API's JSON. */
export class NetworkError extends Error {
  readonly method: string;
  readonly url: string;

  constructor(method: string, url: string, options: { cause?: unknown } = {}) {
    super(`${method} ${url} got no usable answer`, { cause: options.cause });
    this.name = 'NetworkError';
    this.method = method;
    this.url = url;
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

type ErrorBody = { error?: { code?: unknown; message?: unknown; requestId?: unknown } };

/** Reads a failed response's error body; a body that is not the API's shape still yields a typed error. */
export const readApiError = async (response: Response, method: string): Promise<ApiError> => {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's HTML error page, say): fall back to the status line.
  }
  const error = body.error ?? {};
  return new ApiError({
    status: response.status,
    code: typeof error.code === 'string' ? error.code : response.status >= 500 ? 'internal' : 'bad_request',
    message: typeof error.message === 'string' ? error.message : response.statusText || `HTTP ${response.status}`,
    requestId: typeof error.requestId === 'string' ? error.requestId : response.headers.get('x-request-id'),
    method,
    url: new URL(response.url || 'about:blank').pathname,
  });
};
