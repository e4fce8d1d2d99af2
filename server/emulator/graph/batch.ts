// JSON batching: up to 20 requests in one round trip, each dispatched through the emulator's own app (so every
// route, fault and error works inside a batch), ordered by dependsOn, each answered with its own status.
import type { EmulatorContext } from '../context';
import { innerErrorDate } from '../time';
import type { GraphContext, GraphRouter } from './env';
import { badRequest } from './graph-error';
import { sendJson } from './respond';

const MAX_REQUESTS = 20;
const KEPT_HEADERS = ['cache-control', 'content-type', 'odata-version', 'retry-after', 'location', 'preference-applied', 'www-authenticate'];

type BatchRequest = { id: string; method: string; url: string; headers: Record<string, string>; body: unknown; dependsOn: string[] };
type BatchResponse = { id: string; status: number; headers: Record<string, string>; body?: unknown };

const INVALID = 'Invalid batch payload format.';

const readRequests = (payload: unknown): BatchRequest[] => {
  const requests = (payload as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw badRequest(INVALID);
  if (requests.length > MAX_REQUESTS) throw badRequest('Number of requests inside batch exceeds the limit.');
  const parsed = requests.map((raw: Record<string, unknown>) => {
    const { id, method, url, headers = {}, body, dependsOn = [] } = raw ?? {};
    if (typeof id !== 'string' || typeof method !== 'string' || typeof url !== 'string' || typeof headers !== 'object' || headers === null || !Array.isArray(dependsOn)) {
      throw badRequest(INVALID);
    }
    const headerMap = Object.fromEntries(Object.entries(headers as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    if (body !== undefined && !Object.keys(headerMap).some((name) => name.toLowerCase() === 'content-type')) {
      throw badRequest(`Write request id : ${id} does not contain Content-Type header or body.`);
    }
    return { id, method: method.toUpperCase(), url, headers: headerMap, body, dependsOn: dependsOn.map(String) };
  });
  const ids = parsed.map((r) => r.id.toLowerCase());
  if (new Set(ids).size !== ids.length) throw badRequest('Batch request contains duplicate request ids.');
  for (const request of parsed) {
    for (const dependency of request.dependsOn) if (!ids.includes(dependency.toLowerCase())) throw badRequest(`Request id '${request.id}' depends on '${dependency}', which is not in the batch.`);
  }
  return parsed;
};

const hasCycle = (requests: BatchRequest[]): boolean => {
  const byId = new Map(requests.map((r) => [r.id.toLowerCase(), r]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 'done') return false;
    if (state.get(id) === 'visiting') return true;
    state.set(id, 'visiting');
    const cyclic = (byId.get(id)?.dependsOn ?? []).some((d) => visit(d.toLowerCase()));
    state.set(id, 'done');
    return cyclic;
  };
  return requests.some((r) => visit(r.id.toLowerCase()));
};

const toBatchResponse = async (id: string, response: Response): Promise<BatchResponse> => {
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) if (KEPT_HEADERS.includes(name)) headers[name.replace(/(^|-)([a-z])/g, (m) => m.toUpperCase())] = value;
  if (response.status === 204 || response.body === null) return { id, status: response.status, headers };
  const type = response.headers.get('Content-Type') ?? '';
  // Non-JSON bodies (e.g. a transcript's WebVTT) come back base64-encoded.
  const body: unknown = type.includes('json') ? await response.json() : Buffer.from(await response.arrayBuffer()).toString('base64');
  return { id, status: response.status, headers, body };
};

export const registerBatch = (router: GraphRouter, ctx: EmulatorContext): void => {
  router.post('/$batch', async (c: GraphContext) => {
    const requests = readRequests(await c.req.json().catch(() => null));
    if (hasCycle(requests)) throw badRequest('Batch requests contain a circular dependency.');
    const authorization = c.req.header('Authorization');
    const results = new Map<string, Promise<BatchResponse>>();
    const run = (request: BatchRequest): Promise<BatchResponse> => {
      const key = request.id.toLowerCase();
      const existing = results.get(key);
      if (existing) return existing;
      const started = (async (): Promise<BatchResponse> => {
        const dependencies = await Promise.all(request.dependsOn.map((d) => run(requests.find((r) => r.id.toLowerCase() === d.toLowerCase()) as BatchRequest)));
        if (dependencies.some((d) => d.status >= 400)) {
          const body = { error: { code: 'FailedDependency', message: 'The request was not processed because a request it depends on failed.', innerError: { date: innerErrorDate(ctx.now()), 'request-id': c.get('requestId'), 'client-request-id': c.get('clientRequestId') } } };
          return { id: request.id, status: 424, headers: { 'Content-Type': 'application/json' }, body };
        }
        if (/^[a-z]+:\/\//i.test(request.url)) {
          return { id: request.id, status: 400, headers: { 'Content-Type': 'application/json' }, body: { error: { code: 'BadRequest', message: 'Invalid request URL: batch request URLs must be relative.' } } };
        }
        const headers = new Headers(request.headers);
        if (authorization && !headers.has('Authorization')) headers.set('Authorization', authorization);
        const body = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
        const url = `${ctx.origin}/v1.0/${request.url.replace(/^\/+/, '')}`;
        return toBatchResponse(request.id, await ctx.dispatch(new Request(url, { method: request.method, headers, body })));
      })();
      results.set(key, started);
      return started;
    };
    const responses = await Promise.all(requests.map(run));
    return sendJson(c, { responses });
  });
};
