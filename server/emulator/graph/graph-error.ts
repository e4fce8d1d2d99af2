// Microsoft Graph's error answer: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
import { innerErrorDate } from '../time';

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** Extra innerError members some services add (throttling adds code, message and status). */
    readonly inner: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export const graphErrorBody = (error: GraphError, ids: { requestId: string; clientRequestId: string; now: Date }): Record<string, unknown> => ({
  error: {
    code: error.code,
    message: error.message,
    innerError: {
      ...error.inner,
      date: innerErrorDate(ids.now),
      'request-id': ids.requestId,
      'client-request-id': ids.clientRequestId,
    },
  },
});

export const notFoundInStore = (): GraphError => new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

export const directoryNotFound = (resource: string): GraphError =>
  new GraphError(404, 'Request_ResourceNotFound', `Resource '${resource}' does not exist or one of its queried reference-property objects are not present.`);

export const accessDenied = (): GraphError => new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');

export const badRequest = (message: string, code = 'BadRequest'): GraphError => new GraphError(400, code, message);
