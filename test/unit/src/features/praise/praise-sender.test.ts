import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError, type GivenPraise, type PraiseSubmission } from '../../../../../src/api';
import { createPraiseSender, isLostAnswer, type PutPraise } from '../../../../../src/features/praise/praise-sender';

// A stand-in for the praise API's idempotent PUT as the contract states it: the first PUT of an id records the praise
// (201), the same body again answers what is recorded (200), a different body under a recorded id is a 409. Its
// transport can fail before the request arrives, or after the server recorded it (the answer is lost).

type Fault = 'before' | 'after' | { status: number; code: string };

const apiError = (status: number, code: string) => new ApiError({ status, code, message: `${code} from the server`, requestId: 'req-1', method: 'PUT', url: '/api/meetings/e/praise/x' });

const fakeServer = (faults: Fault[] = []) => {
  const recorded = new Map<string, PraiseSubmission>();
  const calls: { id: string; submission: PraiseSubmission }[] = [];
  const answer = (id: string, submission: PraiseSubmission): GivenPraise => ({
    praise: {
      id,
      meeting: { eventId: 'e', subject: 'Weekly sync', start: '2025-03-04T09:00:00Z' },
      giver: { userId: 'user-ana', displayName: 'Ana' },
      recipient: submission.recipient.kind === 'team' ? { kind: 'team' } : { kind: 'person', userId: submission.recipient.userId, displayName: 'Priya' },
      value: { id: submission.value, label: submission.value },
      message: submission.message,
      visibility: submission.visibility,
      requestedVisibility: submission.visibility,
      delivery: { status: 'pending', message: null },
      createdAt: '2025-03-04T09:10:00Z',
    },
    notice: null,
  });
  const put: PutPraise = async (id, submission) => {
    calls.push({ id, submission });
    const fault = faults.shift();
    if (fault === 'before') throw new NetworkError('PUT', `/praise/${id}`);
    if (typeof fault === 'object') throw apiError(fault.status, fault.code);
    const held = recorded.get(id);
    if (held && JSON.stringify(held) !== JSON.stringify(submission)) throw apiError(409, 'conflict');
    if (!held) recorded.set(id, submission);
    if (fault === 'after') throw new NetworkError('PUT', `/praise/${id}`);
    return answer(id, recorded.get(id)!);
  };
  return { put, recorded, calls };
};

const body = (message: string): PraiseSubmission => ({ recipient: { kind: 'person', userId: 'user-priya' }, value: 'courage', message, visibility: 'public' });

const ids = () => {
  let next = 0;
  return () => `praise-${++next}`;
};

const sender = (retryDelaysMs: number[] = [1, 1]) => {
  const waits: number[] = [];
  const created = createPraiseSender({ newId: ids(), retryDelaysMs, wait: async (ms) => void waits.push(ms) });
  return { sender: created, waits };
};

describe('sending a praise', () => {
  it('a praise answered at once is recorded under a fresh id, and the next praise gets another id', async () => {
    const server = fakeServer();
    const { sender: praise } = sender();
    const first = await praise.send(body('Thanks for the demo'), server);
    const second = await praise.send(body('And for the notes'), server);
    expect([first.praise.id, second.praise.id]).toEqual(['praise-1', 'praise-2']);
    expect(first.isEarlierAttempt).toBe(false);
    expect(praise.pendingId).toBeNull();
  });

  it('a lost answer is retried automatically with the same id, and the praise is recorded once', async () => {
    const server = fakeServer(['after', 'before']);
    const { sender: praise, waits } = sender([10, 20]);
    const retried: unknown[] = [];
    const sent = await praise.send(body('Thanks'), { ...server, onRetrying: (error) => retried.push(error) });
    expect(server.calls.map((call) => call.id)).toEqual(['praise-1', 'praise-1', 'praise-1']);
    expect(server.recorded.size).toBe(1);
    expect(sent.praise.id).toBe('praise-1');
    expect(waits).toEqual([10, 20]);
    expect(retried).toHaveLength(2);
  });

  it("when the automatic retries run out, the person's Try again sends the same id, and nothing is recorded twice", async () => {
    const server = fakeServer(['after', 'before', 'before']);
    const { sender: praise } = sender([1, 1]);
    await expect(praise.send(body('Thanks'), server)).rejects.toBeInstanceOf(NetworkError);
    expect(praise.pendingId).toBe('praise-1');
    const sent = await praise.send(body('Thanks'), server);
    expect(sent.praise.id).toBe('praise-1');
    expect(server.recorded.size).toBe(1);
    expect(new Set(server.calls.map((call) => call.id))).toEqual(new Set(['praise-1']));
  });

  it('a server error after the request may have been handled counts as a lost answer too', async () => {
    const server = fakeServer([{ status: 503, code: 'graph_unavailable' }]);
    const { sender: praise } = sender();
    const sent = await praise.send(body('Thanks'), server);
    expect(server.calls.map((call) => call.id)).toEqual(['praise-1', 'praise-1']);
    expect(sent.praise.message).toBe('Thanks');
  });

  it('changed words after a lost answer that had landed: the recorded praise is returned, not a second one', async () => {
    const server = fakeServer(['after', 'before', 'before']);
    const { sender: praise } = sender([1, 1]);
    await expect(praise.send(body('Thanks'), server)).rejects.toBeInstanceOf(NetworkError);
    const sent = await praise.send(body('Thanks, really'), server);
    expect(sent.isEarlierAttempt).toBe(true);
    expect(sent.praise.message).toBe('Thanks');
    expect(server.recorded.size).toBe(1);
    expect(praise.pendingId).toBeNull();
  });

  it('changed words after a lost answer that never landed: the new words are recorded under the same id', async () => {
    const server = fakeServer(['before', 'before', 'before']);
    const { sender: praise } = sender([1, 1]);
    await expect(praise.send(body('Thanks'), server)).rejects.toBeInstanceOf(NetworkError);
    const sent = await praise.send(body('Thanks, really'), server);
    expect(sent.isEarlierAttempt).toBe(false);
    expect(sent.praise.id).toBe('praise-1');
    expect([...server.recorded.values()].map((recorded) => recorded.message)).toEqual(['Thanks, really']);
  });

  it('a 409 that no earlier attempt explains is the refusal itself', async () => {
    const server = fakeServer(['before', { status: 409, code: 'conflict' }, { status: 409, code: 'conflict' }]);
    const { sender: praise } = sender([]);
    await expect(praise.send(body('Thanks'), server)).rejects.toBeInstanceOf(NetworkError);
    await expect(praise.send(body('Thanks, really'), server)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('conflict') });
    expect(server.recorded.size).toBe(0);
  });

  it('a refusal is not retried, records nothing and frees the id', async () => {
    const server = fakeServer([{ status: 400, code: 'cannot_praise_self' }]);
    const { sender: praise } = sender();
    await expect(praise.send(body('Me!'), server)).rejects.toMatchObject({ status: 400, code: 'cannot_praise_self' });
    expect(server.calls).toHaveLength(1);
    expect(praise.pendingId).toBeNull();
    const sent = await praise.send(body('Thanks'), server);
    expect(sent.praise.id).toBe('praise-2');
  });

  it('a refusal after an unanswered attempt keeps the id: the earlier attempt may have been recorded', async () => {
    const server = fakeServer(['before', { status: 429, code: 'too_many_requests' }]);
    const { sender: praise } = sender([1]);
    await expect(praise.send(body('Thanks'), server)).rejects.toMatchObject({ status: 429 });
    expect(praise.pendingId).toBe('praise-1');
  });

  it('discarding an unanswered praise frees its id for the next one', async () => {
    const server = fakeServer(['before', 'before']);
    const { sender: praise } = sender([1]);
    await expect(praise.send(body('Thanks'), server)).rejects.toBeInstanceOf(NetworkError);
    praise.discard();
    expect(praise.pendingId).toBeNull();
    expect((await praise.send(body('Something else'), server)).praise.id).toBe('praise-2');
  });

  it('refuses a second send while one is under way', async () => {
    let release: () => void = () => {};
    const server = fakeServer();
    const slowPut: PutPraise = async (id, submission) => {
      await new Promise<void>((resolve) => (release = resolve));
      return server.put(id, submission);
    };
    const { sender: praise } = sender();
    const first = praise.send(body('Thanks'), { put: slowPut });
    await expect(praise.send(body('Thanks'), { put: slowPut })).rejects.toThrow('already being sent');
    release();
    await first;
    expect(server.recorded.size).toBe(1);
  });
});

describe('lost answers', () => {
  it('no answer and server errors are lost answers; refusals are not', () => {
    expect(isLostAnswer(new NetworkError('PUT', '/x'))).toBe(true);
    expect(isLostAnswer(apiError(500, 'internal'))).toBe(true);
    expect(isLostAnswer(apiError(502, 'bad_request'))).toBe(true);
    expect(isLostAnswer(apiError(400, 'validation_failed'))).toBe(false);
    expect(isLostAnswer(apiError(403, 'forbidden'))).toBe(false);
    expect(isLostAnswer(apiError(409, 'conflict'))).toBe(false);
    expect(isLostAnswer(apiError(429, 'too_many_requests'))).toBe(false);
  });
});
