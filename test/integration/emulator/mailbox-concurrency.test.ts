// Outlook's limit of 4 concurrent requests per app per mailbox, as the emulator enforces it when asked
// (faults.mailboxConcurrency), and the gauge of round trips in flight per person that tests and benchmarks read.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../server/emulator/index';
import { validateGraphBody } from '../../support/graph-conformance';
import { graphFor, NOW, startEmulator, UPN, type Graph, type GraphErrorBody } from './harness';

let emulator: Emulator;
let amara: Graph;
beforeAll(async () => {
  ({ emulator } = await startEmulator());
  amara = await graphFor(emulator, UPN.amara);
});
afterEach(() => emulator.setFaults({}));

const calendarView = `/me/calendarView?startDateTime=${NOW.toISOString()}&endDateTime=${new Date(NOW.getTime() + 86_400_000).toISOString()}`;

describe('mailbox concurrency', () => {
  it('a fifth Outlook request in flight for one mailbox is 429 ApplicationThrottled with Retry-After', async () => {
    emulator.setFaults({ latencyMs: 30, mailboxConcurrency: 4, retryAfterSeconds: 2 });
    emulator.resetMailboxConcurrency();
    const answers = await Promise.all(Array.from({ length: 5 }, () => amara.get<GraphErrorBody>(calendarView)));
    const refused = answers.filter((answer) => answer.status === 429);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 429]);
    expect(refused[0]?.headers.get('Retry-After')).toBe('2');
    expect(refused[0]?.body.error).toMatchObject({ code: 'ApplicationThrottled', message: 'Application is over its MailboxConcurrency limit.' });
    expect(validateGraphBody('microsoft.graph.ODataError', refused[0]?.body)).toEqual([]);
    expect(emulator.mailboxConcurrency()[UPN.amara]).toEqual({ maxInFlight: 5, throttled: 1 });
  });

  it('other mailboxes and Teams meetings do not count against a mailbox', async () => {
    emulator.setFaults({ latencyMs: 30, mailboxConcurrency: 4 });
    const lucia = await graphFor(emulator, UPN.lucia);
    const joinUrlFilter = `/me/onlineMeetings?$filter=${encodeURIComponent("JoinWebUrl eq 'https://teams.microsoft.com/l/meetup-join/none'")}`;
    const answers = await Promise.all([
      ...Array.from({ length: 4 }, () => amara.get(calendarView)),
      ...Array.from({ length: 4 }, () => lucia.get(calendarView)),
      ...Array.from({ length: 4 }, () => amara.get(joinUrlFilter)),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
  });

  it('is not enforced unless asked for, and the gauge counts a $batch as one round trip', async () => {
    emulator.setFaults({ latencyMs: 30 });
    emulator.resetMailboxConcurrency();
    const answers = await Promise.all(Array.from({ length: 6 }, () => amara.get(calendarView)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    expect(emulator.mailboxConcurrency()[UPN.amara]).toEqual({ maxInFlight: 6, throttled: 0 });
    emulator.resetMailboxConcurrency();
    await amara.post('/$batch', { requests: Array.from({ length: 6 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' })) });
    expect(emulator.mailboxConcurrency()[UPN.amara]?.maxInFlight).toBe(1);
  });
});
