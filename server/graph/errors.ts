// Maps Microsoft Graph failures (GraphError from graph-client, network failures) to the product's AppError.
import { GraphError } from '@microsoft/microsoft-graph-client';
import { AppError, type ErrorCode } from '../errors';

export type GraphFailure = { status: number; code: string | null; requestId: string | null };

const codeForStatus = (status: number): ErrorCode => {
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 412) return 'precondition_failed';
  if (status === 429 || status === 503 || status === 504) return 'graph_unavailable';
  return 'graph_error';
};

const messageForCode: Partial<Record<ErrorCode, string>> = {
  forbidden: 'Microsoft Graph refused access to this item.',
  not_found: 'Microsoft Graph has no such item for you.',
  precondition_failed: 'The item changed in Microsoft 365 in the meantime.',
  graph_unavailable: 'Microsoft 365 is busy or unavailable; try again shortly.',
};

export const toAppError = (error: unknown, what: string): AppError => {
  if (error instanceof AppError) return error;
  if (error instanceof GraphError && error.statusCode > 0) {
    const graph: GraphFailure = { status: error.statusCode, code: error.code, requestId: error.requestId };
    const code = codeForStatus(error.statusCode);
    const message = messageForCode[code] ?? `Microsoft Graph could not ${what} (${error.statusCode} ${error.code ?? ''}).`.replace(' )', ')');
    return new AppError(code, message, { cause: error, details: { graph } });
  }
  // graph-client wraps network errors in a GraphError with statusCode -1; fetch failures arrive as TypeError.
  return new AppError('graph_unavailable', `Microsoft Graph could not be reached to ${what}.`, { cause: error });
};

/** Runs one Graph call and maps any failure; `what` completes "could not …" for the message. */
export const callGraph = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    throw toAppError(error, what);
  }
};
