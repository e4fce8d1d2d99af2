import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../server/emulator/index';
import { graphFor, ORIGIN, startEmulator, UPN, type Graph, type GraphErrorBody } from './harness';

/** A repeatable random source: the draws given, in turn. */
const draws = (...values: number[]) => {
  let index = 0;
  return () => values[index++ % values.length] ?? 0;
};

let emulator: Emulator;
let graph: Graph;
beforeAll(async () => {
  ({ emulator } = await startEmulator());
  graph = await graphFor(emulator, UPN.amara);
});

describe('injected faults', () => {
  it('a 429 carries Retry-After and Graph’s throttling body', async () => {
    emulator.setFaults({ rate429: 1, retryAfterSeconds: 7 });
    const res = await graph.get<GraphErrorBody>('/me');
    emulator.setFaults({});
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('7');
    expect(res.body.error).toMatchObject({ code: 'TooManyRequests', message: 'Please retry again later.', innerError: { code: '429', status: '429' } });
  });

  it('a 503 is serviceNotAvailable with Retry-After 1 by default', async () => {
    emulator.setFaults({ rate503: 1 });
    const res = await graph.get<GraphErrorBody>('/me');
    emulator.setFaults({});
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('1');
    expect(res.body.error.code).toBe('serviceNotAvailable');
  });

  it('a given random source makes faults repeatable', async () => {
    emulator.setFaults({ rate429: 0.2, rate503: 0.2, random: draws(0.1, 0.3, 0.9) });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await graph.get('/me')).status);
    emulator.setFaults({});
    expect(statuses).toEqual([429, 503, 200, 429, 503, 200]);
  });

  it('faults hit individual $batch items, each with its own Retry-After', async () => {
    emulator.setFaults({ rate429: 0.5, random: draws(0.9, 0.1, 0.9) }); // the batch itself passes, then item 1 is throttled
    const res = await graph.post<{ responses: { id: string; status: number; headers: Record<string, string> }[] }>('/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
      ],
    });
    emulator.setFaults({});
    expect(res.status).toBe(200);
    expect(res.body.responses.find((r) => r.id === '1')).toMatchObject({ status: 429, headers: { 'Retry-After': '1' } });
    expect(res.body.responses.find((r) => r.id === '2')?.status).toBe(424);
  });

  it('faults never touch Entra ID or the demo routes', async () => {
    emulator.setFaults({ rate429: 1 });
    const discovery = await emulator.app.request(`${ORIGIN}/common/v2.0/.well-known/openid-configuration`);
    const people = await emulator.app.request(`${ORIGIN}/demo/people`);
    emulator.setFaults({});
    expect([discovery.status, people.status]).toEqual([200, 200]);
  });

  it('latency is added to each Graph request', async () => {
    emulator.setFaults({ latencyMs: 40 });
    const started = performance.now();
    await graph.get('/me');
    emulator.setFaults({});
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
  });
});
