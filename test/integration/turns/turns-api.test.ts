// The live turn tracker through the API, against the emulator's Graph: participants act, the facilitator runs it,
// everyone else is refused; every change reaches the meeting's event stream with what a panel needs to follow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTurnChanges, type TrackerState } from '../../../server/domain/turns';
import type { TurnsUpdate, TurnsView } from '../../../server/services/turns/turns-view';
import { callApi, demoPeople, type ApiError } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';
import { readSse } from '../../support/sse';

let stack: DemoStack;
const { upnOf, token, eventIdOf, api } = demoPeople(() => stack);
const events = new Map<string, string>();

const turnsPath = (eventId: string, rest = '') => `/api/meetings/${encodeURIComponent(eventId)}/turns${rest}`;
const view = async (handle: string) => (await (await api(handle, 'GET', turnsPath(events.get(handle)!))).json()) as TurnsView;
const act = (handle: string, action: object | string, eventId = events.get(handle)!) => api(handle, 'POST', turnsPath(eventId, '/actions'), action);
const update = async (response: Response) => {
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as TurnsUpdate;
};
const email = (handle: string) => upnOf(handle).toLowerCase();

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
  for (const handle of ['hiroshi.tanaka', 'lucia.fernandez', 'priya.raman', 'jonas.weber', 'aroha.ngata']) events.set(handle, await eventIdOf(handle, 'Weekly team meeting'));
  events.set('dmitri.volkov', await eventIdOf('dmitri.volkov', 'Roadmap review'));
});
afterAll(() => stack.stop());

describe('[TURNS]: the live turn tracker API', () => {
  it('shows a fresh tracker: self mode, nobody heard yet, the person known by their address', async () => {
    const seen = await view('lucia.fernandez');
    expect(seen.tracker).toMatchObject({ mode: 'self', facilitatorId: null, revision: 0, segments: [] });
    expect(seen.me).toEqual({ participantId: email('lucia.fernandez'), name: 'Lucía Fernández', isOrganizer: false });
    expect(seen.summary.current).toBeNull();
    expect(seen.summary.notHeard.map((p) => p.name)).toEqual(expect.arrayContaining(['Hiroshi Tanaka', 'Lucía Fernández', 'Priya Raman', 'Aroha Ngata']));
    expect(seen.summary.notHeard).toHaveLength(7);
  });

  it('lets a participant start their turn; a second start while speaking is a no-op', async () => {
    await update(await act('lucia.fernandez', { action: 'join' }));
    const started = await update(await act('lucia.fernandez', { action: 'start' }));
    expect(started.changes).toEqual([{ kind: 'turnStarted', participantId: email('lucia.fernandez'), name: 'Lucía Fernández', at: expect.any(String) }]);
    const again = await update(await act('lucia.fernandez', { action: 'start' }));
    expect(again).toEqual({ revision: started.revision, changes: [] });
    const seen = await view('priya.raman');
    expect(seen.tracker.revision).toBe(started.revision);
    expect(seen.tracker.segments).toHaveLength(1);
    expect(seen.summary.current?.name).toBe('Lucía Fernández');
    expect(seen.summary.notHeard.map((p) => p.name)).not.toContain('Lucía Fernández');
  });

  it('refuses someone outside the meeting with 403, whatever they try', async () => {
    const organizersEvent = events.get('hiroshi.tanaka')!;
    for (const response of [await api('dmitri.volkov', 'GET', turnsPath(organizersEvent)), await act('dmitri.volkov', { action: 'tap', participantId: email('dmitri.volkov') }, organizersEvent)]) {
      expect(response.status).toBe(403);
      expect(((await response.json()) as ApiError).error.code).toBe('forbidden');
    }
  });

  it('answers an event that is not a Teams meeting with 404: it has no turn tracker', async () => {
    const focus = await eventIdOf('hiroshi.tanaka', 'Focus time');
    const response = await api('hiroshi.tanaka', 'GET', turnsPath(focus));
    expect(response.status).toBe(404);
    expect(((await response.json()) as ApiError).error.message).toMatch(/not a Teams meeting/);
  });

  it('in facilitator mode only the facilitator gives turns; others are refused with 403', async () => {
    expect((await act('priya.raman', { action: 'mode', mode: 'facilitator' })).status).toBe(403);
    await update(await act('hiroshi.tanaka', { action: 'mode', mode: 'facilitator' }));
    for (const move of [{ action: 'tap', participantId: email('priya.raman') }, { action: 'start' }, { action: 'stop' }]) {
      const refused = await act('priya.raman', move);
      expect(refused.status, JSON.stringify(move)).toBe(403);
      expect(((await refused.json()) as ApiError).error.message).toMatch(/facilitator/);
    }
    const tapped = await update(await act('hiroshi.tanaka', { action: 'tap', participantId: email('priya.raman') }));
    expect(tapped.changes.map((c) => [c.kind, 'participantId' in c ? c.participantId : null])).toEqual([
      ['turnEnded', email('lucia.fernandez')],
      ['turnStarted', email('priya.raman')],
    ]);
  });

  it('answers bad bodies and strangers with 400', async () => {
    for (const bad of [{ action: 'dance' }, { action: 'tap' }, { action: 'mode', mode: 'chaos' }, { participantId: 'x@y.z' }, 'not json', { action: 'tap', participantId: 'x'.repeat(400) }]) {
      const response = await act('hiroshi.tanaka', bad);
      expect(response.status, JSON.stringify(bad)).toBe(400);
    }
    const stranger = await act('hiroshi.tanaka', { action: 'tap', participantId: 'stranger@example.com' });
    expect(stranger.status).toBe(400);
    expect(((await stranger.json()) as ApiError).error.message).toMatch(/not in this meeting/);
  });

  it('orders raised hands fairly: least talk so far first, then who raised first', async () => {
    await update(await act('lucia.fernandez', { action: 'raise' }));
    await update(await act('aroha.ngata', { action: 'raise' }));
    await update(await act('jonas.weber', { action: 'raise' }));
    const queue = (await view('hiroshi.tanaka')).summary.queue.map((hand) => hand.name);
    expect(queue).toEqual(['Aroha Ngata', 'Jonas Weber', 'Lucía Fernández']);
    // Someone else's hand is the facilitator's to lower.
    expect((await act('aroha.ngata', { action: 'lower', participantId: email('jonas.weber') })).status).toBe(403);
    await update(await act('hiroshi.tanaka', { action: 'lower', participantId: email('jonas.weber') }));
  });

  it('sends every change on the meeting’s event stream, enough for a panel to follow without reading again', async () => {
    const before = await view('jonas.weber');
    const stream = readSse(
      await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(events.get('jonas.weber')!)}/events`, await token('jonas.weber'), {
        headers: { 'Last-Event-ID': before.lastEventId ?? '0' },
      }),
    );
    const tap = await update(await act('hiroshi.tanaka', { action: 'tap', participantId: email('aroha.ngata') }));
    const hand = await update(await act('jonas.weber', { action: 'raise' }));
    const messages = await stream.until(2);
    await stream.close();
    expect(messages.map((m) => m.event)).toEqual(['turns.turn', 'turns.hand']);
    const carried = messages.map((m) => JSON.parse(m.data) as TurnsUpdate);
    expect(carried).toEqual([tap, hand]);
    const followed = carried.reduce<TrackerState>((state, change) => applyTurnChanges(state, change.changes, change.revision), before.tracker);
    expect(followed).toEqual((await view('jonas.weber')).tracker);
    // The tap gave Aroha the floor and so lowered her hand.
    expect(followed.hands.map((h) => h.participantId)).toEqual([email('lucia.fernandez'), email('jonas.weber')]);
  });
});
