// The check-in through the API, against the emulator's Graph: the organizer writes it into the invite, participants
// answer, the facilitator runs the round; refusals for everyone else.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMeetingBlob } from '../../../server/domain/invite';
import { callApi, demoPeople, type ApiError } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';
import { readSse } from '../../support/sse';

let stack: DemoStack;
const { upnOf, token, graph, eventIdOf, api } = demoPeople(() => stack);

const bodyOf = async (handle: string, eventId: string) =>
  ((await graph(handle, `/me/events/${encodeURIComponent(eventId)}?$select=body`)) as { body: { content: string } }).body.content;


const checkinPath = (eventId: string, rest = '') => `/api/meetings/${encodeURIComponent(eventId)}/checkin${rest}`;

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
});
afterAll(() => stack.stop());

describe('[CHECKIN]: the organizer writes the check-in into the invite', () => {
  let eventId: string;
  let original: string;
  const choice = { promptId: null, customQuestion: 'What would make today a good meeting <for you>?', anonymous: false, scope: 'occurrence' };

  beforeAll(async () => {
    eventId = await eventIdOf('amara.okafor', 'Roadmap review');
    original = await bodyOf('amara.okafor', eventId);
  });

  it('writes the block in front of the agenda and keeps the Teams meeting blob as it was', async () => {
    const response = await api('amara.okafor', 'PUT', checkinPath(eventId), choice);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { invite: { status: string } }).invite.status).toBe('written');
    const body = await bodyOf('amara.okafor', eventId);
    expect(body.indexOf('roundtable-checkin')).toBeGreaterThan(-1);
    expect(body.indexOf('roundtable-checkin')).toBeLessThan(body.indexOf('Agenda'));
    expect(body).toContain('What would make today a good meeting &lt;for you&gt;?');
    expect(findMeetingBlob({ contentType: 'html', content: body })?.content).toBe(findMeetingBlob({ contentType: 'html', content: original })?.content);
  });

  it('changes nothing when written again', async () => {
    const before = (await graph('amara.okafor', `/me/events/${encodeURIComponent(eventId)}?$select=body`))['@odata.etag'];
    expect((await api('amara.okafor', 'PUT', checkinPath(eventId), choice)).status).toBe(200);
    expect((await graph('amara.okafor', `/me/events/${encodeURIComponent(eventId)}?$select=body`))['@odata.etag']).toBe(before);
  });

  it('reaches the attendees’ copies of the invite', async () => {
    const attendeeEvent = await eventIdOf('priya.raman', 'Roadmap review');
    expect(await bodyOf('priya.raman', attendeeEvent)).toContain('roundtable-checkin');
  });

  it('lets attendees read the check-in and the agenda, but not change it', async () => {
    const attendeeEvent = await eventIdOf('priya.raman', 'Roadmap review');
    const view = (await (await api('priya.raman', 'GET', checkinPath(attendeeEvent))).json()) as {
      choice: { question: string };
      agenda: { title: string }[];
      round: { state: string; isFacilitator: boolean };
    };
    expect(view.choice.question).toBe(choice.customQuestion);
    expect(view.round).toMatchObject({ state: 'waiting', isFacilitator: false });
    expect(view.agenda.length).toBeGreaterThan(0);
    const refused = await api('priya.raman', 'PUT', checkinPath(attendeeEvent), choice);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ApiError).error.code).toBe('forbidden');
  });

  it('keeps the choice and says so when Graph fails while writing the invite', async () => {
    // Graph can be read but refuses to write.
    stack.running.emulator!.setFaults({ rate503: 1, retryAfterSeconds: 0, methods: ['PATCH'] });
    const response = await api('amara.okafor', 'PUT', checkinPath(eventId), { ...choice, customQuestion: 'One word for your week?' });
    stack.running.emulator!.setFaults({});
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { invite: { status: string; message: string } };
    expect(answer.invite).toMatchObject({ status: 'failed', message: expect.stringMatching(/not updated/) });
    const view = (await (await api('amara.okafor', 'GET', checkinPath(eventId))).json()) as { choice: { question: string }; invite: { status: string } };
    expect(view.choice.question).toBe('One word for your week?');
    expect(view.invite.status).toBe('failed');
    // Retrying writes it.
    const retry = (await (await api('amara.okafor', 'PUT', checkinPath(eventId), { ...choice, customQuestion: 'One word for your week?' })).json()) as { invite: { status: string } };
    expect(retry.invite.status).toBe('written');
    expect(await bodyOf('amara.okafor', eventId)).toContain('One word for your week?');
  });

  it('removing it gives back the invite exactly as it was', async () => {
    const response = await api('amara.okafor', 'DELETE', checkinPath(eventId));
    expect(response.status).toBe(204);
    expect(await bodyOf('amara.okafor', eventId)).toBe(original);
    expect((await api('amara.okafor', 'DELETE', checkinPath(eventId))).status).toBe(404);
  });

  it('answers bad choices with 400', async () => {
    for (const bad of [
      { ...choice, customQuestion: 'x'.repeat(501) },
      { ...choice, promptId: 'mood.weather' },
      { ...choice, customQuestion: null },
      { ...choice, scope: 'forever' },
      { ...choice, promptId: 'no.such.prompt', customQuestion: null },
    ]) {
      const response = await api('amara.okafor', 'PUT', checkinPath(eventId), bad);
      expect(response.status, JSON.stringify(bad).slice(0, 80)).toBe(400);
    }
  });
});

describe('[CHECKIN]: the live round', () => {
  const people = ['lucia.fernandez', 'priya.raman', 'mateus.silva', 'jonas.weber'] as const;
  const events = new Map<string, string>();
  const answer = (handle: string, text: string, submissionId = randomUUID()) => api(handle, 'PUT', checkinPath(events.get(handle)!, '/answer'), { submissionId, text });
  const act = (handle: string, move: object) => api(handle, 'POST', checkinPath(events.get(handle)!, '/actions'), move);
  const view = async (handle: string) =>
    (await (await api(handle, 'GET', checkinPath(events.get(handle)!))).json()) as {
      answers: { author: { name: string } | null; text: string }[];
      answerCount: number;
      myAnswer: { text: string } | null;
      round: { state: string; revealed: boolean; phase: string };
    };

  const setChoice = async (anonymous: boolean) => {
    const response = await api('hiroshi.tanaka', 'PUT', checkinPath(events.get('hiroshi.tanaka')!), { promptId: null, customQuestion: 'One word for how you arrive today?', anonymous, scope: 'occurrence' });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    for (const handle of ['hiroshi.tanaka', ...people, 'dmitri.volkov']) {
      events.set(handle, await eventIdOf(handle, handle === 'dmitri.volkov' ? 'Roadmap review' : 'Weekly team meeting'));
    }
    await setChoice(false);
  });

  it('refuses answers before the facilitator opens the round, and actions from anyone else', async () => {
    expect((await answer('priya.raman', 'Early')).status).toBe(409);
    expect((await act('priya.raman', { action: 'open' })).status).toBe(403);
    expect((await act('hiroshi.tanaka', { action: 'open' })).status).toBe(200);
  });

  it('shows named answers to everyone as they come, live', async () => {
    // A panel opens as the app does: the state, then the stream from the state's event id.
    const { lastEventId } = (await (await api('jonas.weber', 'GET', checkinPath(events.get('jonas.weber')!))).json()) as { lastEventId: string };
    const stream = readSse(
      await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(events.get('jonas.weber')!)}/events`, await token('jonas.weber'), { headers: { 'Last-Event-ID': lastEventId } }),
    );
    const response = await answer('lucia.fernandez', 'Curious');
    expect(response.status).toBe(200);
    const messages = await stream.until(1);
    await stream.close();
    expect(messages.at(-1)?.event).toBe('checkin.answer');
    expect(JSON.parse(messages.at(-1)!.data)).toMatchObject({ answer: { text: 'Curious', author: { name: 'Lucía Fernández' } } });
    expect((await view('jonas.weber')).answers.map((a) => a.text)).toContain('Curious');
  });

  it('stores a repeated submission once, and an edit replaces the answer', async () => {
    const submissionId = randomUUID();
    const first = await (await answer('priya.raman', 'Tired', submissionId)).json();
    const again = await (await answer('priya.raman', 'Tired', submissionId)).json();
    expect(again).toEqual(first);
    await answer('priya.raman', 'Rested, actually');
    const seen = await view('mateus.silva');
    expect(seen.answers.filter((a) => a.author?.name === 'Priya Raman').map((a) => a.text)).toEqual(['Rested, actually']);
    expect((await view('priya.raman')).myAnswer?.text).toBe('Rested, actually');
  });

  it('answers bad input with 400 and outsiders with 404', async () => {
    expect((await answer('priya.raman', 'x'.repeat(1001))).status).toBe(400);
    expect((await api('priya.raman', 'PUT', checkinPath(events.get('priya.raman')!, '/answer'), { submissionId: 'not-a-uuid', text: 'hi' })).status).toBe(400);
    const outsider = await api('dmitri.volkov', 'GET', checkinPath(events.get('hiroshi.tanaka')!));
    expect(outsider.status).toBe(404);
  });

  it('refuses answers once the round is closed', async () => {
    expect((await act('hiroshi.tanaka', { action: 'close' })).status).toBe(200);
    const late = await answer('jonas.weber', 'Late');
    expect(late.status).toBe(409);
    expect(((await late.json()) as ApiError).error.message).toMatch(/closed/);
  });
});

describe('[CHECKIN]: an anonymous round', () => {
  const people = ['hiroshi.tanaka', 'priya.raman', 'aroha.ngata'] as const;
  const events = new Map<string, string>();
  const path = (handle: string, rest = '') => checkinPath(events.get(handle)!, rest);

  beforeAll(async () => {
    for (const handle of ['amara.okafor', ...people]) events.set(handle, await eventIdOf(handle, 'Roadmap review'));
    const choice = { promptId: 'pulse.needMore', customQuestion: null, anonymous: true, scope: 'occurrence' };
    const chosen = await api('amara.okafor', 'PUT', path('amara.okafor'), choice);
    if (chosen.status !== 200) {
      // The library's pulse prompt id may differ: take the first pulse prompt it offers.
      const { prompts } = (await (await api('amara.okafor', 'GET', '/api/checkin/prompts')).json()) as { prompts: { id: string; kind: string }[] };
      const pulse = prompts.find((p) => p.kind === 'pulse')!;
      expect((await api('amara.okafor', 'PUT', path('amara.okafor'), { ...choice, promptId: pulse.id })).status).toBe(200);
    }
    expect((await api('amara.okafor', 'POST', path('amara.okafor', '/actions'), { action: 'open' })).status).toBe(200);
  });

  const pulse = (handle: string, freedom: number, inclusion: number) =>
    api(handle, 'PUT', path(handle, '/answer'), { submissionId: randomUUID(), scales: { freedom, inclusion } });

  it('refuses answers that do not fit the question', async () => {
    expect((await api('priya.raman', 'PUT', path('priya.raman', '/answer'), { submissionId: randomUUID(), text: 'words' })).status).toBe(400);
    expect((await api('priya.raman', 'PUT', path('priya.raman', '/answer'), { submissionId: randomUUID(), scales: { freedom: 6, inclusion: 1 } })).status).toBe(400);
  });

  it('keeps answers hidden, and refuses to reveal fewer than 3', async () => {
    expect((await pulse('hiroshi.tanaka', 2, 4)).status).toBe(200);
    expect((await pulse('priya.raman', 4, 2)).status).toBe(200);
    const seen = (await (await api('aroha.ngata', 'GET', path('aroha.ngata'))).json()) as { answers: unknown[]; answerCount: number; pulse: { averages: unknown } };
    expect(seen).toMatchObject({ answers: [], answerCount: 2, pulse: { averages: null } });
    const early = await api('amara.okafor', 'POST', path('amara.okafor', '/actions'), { action: 'reveal' });
    expect(early.status).toBe(409);
    expect(((await early.json()) as ApiError).error.message).toMatch(/at least 3/);
  });

  it('reveals them without names once 3 people answered; each still sees their own', async () => {
    expect((await pulse('aroha.ngata', 3, 3)).status).toBe(200);
    expect((await api('amara.okafor', 'POST', path('amara.okafor', '/actions'), { action: 'reveal' })).status).toBe(200);
    const seen = (await (await api('priya.raman', 'GET', path('priya.raman'))).json()) as { answers: { author: unknown }[]; myAnswer: { scales: object } };
    expect(seen.answers).toHaveLength(3);
    expect(seen.answers.every((a) => a.author === null)).toBe(true);
    expect(seen.myAnswer.scales).toEqual({ freedom: 4, inclusion: 2 });
  });

  it('stores no user id with an anonymous answer, and one answer per person', async () => {
    await pulse('aroha.ngata', 5, 5);
    const ids = new Set(stack.people.map((p) => p.id));
    const tenantId = stack.running.emulator!.tenantId;
    const meeting = (await (await api('amara.okafor', 'GET', `/api/meetings/${encodeURIComponent(events.get('amara.okafor')!)}`)).json()) as { onlineMeetingId: string; start: string };
    const round = await stack.running.deps.store.checkin.findRound(tenantId, meeting.onlineMeetingId, new Date(meeting.start));
    const rounds = await stack.running.deps.store.checkin.currentAnswers(tenantId, round!.roundId);
    expect(rounds).toHaveLength(3);
    for (const { answer, anonymousKey } of rounds) {
      expect(answer.author).toBeNull();
      expect(anonymousKey).toBeTruthy();
      expect(ids.has(anonymousKey!)).toBe(false);
      expect(JSON.stringify(answer)).not.toMatch(new RegExp([...ids].join('|')));
    }
  });
});

describe('[CHECKIN]: a series’ library prompt rotates', () => {
  it('asks the organizer’s pick in the next meeting, a new prompt of its kind in the one after, and says so in the invite', async () => {
    const start = new Date(Date.now() + 86_400_000).toISOString();
    const end = new Date(Date.now() + 16 * 86_400_000).toISOString();
    const view = (await graph('hiroshi.tanaka', `/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=50`)) as {
      value: { id: string; subject: string; seriesMasterId: string | null; start: { dateTime: string } }[];
    };
    const [next, after] = view.value.filter((e) => e.subject === 'Weekly team meeting').sort((a, b) => a.start.dateTime.localeCompare(b.start.dateTime));
    expect(next && after).toBeTruthy();
    const put = await api('hiroshi.tanaka', 'PUT', checkinPath(next!.id), { promptId: 'mood.colour', customQuestion: null, anonymous: false, scope: 'series' });
    expect(put.status).toBe(200);

    const questionOf = async (eventId: string) => ((await (await api('hiroshi.tanaka', 'GET', checkinPath(eventId))).json()) as { choice: { messageKey: string } }).choice.messageKey;
    expect(await questionOf(next!.id)).toBe('checkin.prompt.mood.colour');
    const following = await questionOf(after!.id);
    expect(following).toMatch(/^checkin\.prompt\.mood\./);
    expect(following).not.toBe('checkin.prompt.mood.colour');
    // Asked again, an occurrence keeps its question: the same history gives the same pick.
    expect(await questionOf(after!.id)).toBe(following);

    expect(await bodyOf('hiroshi.tanaka', next!.seriesMasterId!)).toContain('asks a new question of this kind');
  });
});

describe('[CHECKIN]: handing the round over', () => {
  it('names, with their ids, the meeting’s people who opened it, and nobody else', async () => {
    const weekly = await eventIdOf('lucia.fernandez', 'Weekly team meeting');
    expect((await api('lucia.fernandez', 'GET', checkinPath(weekly))).status).toBe(200);
    expect((await api('dmitri.volkov', 'GET', checkinPath(await eventIdOf('dmitri.volkov', 'Roadmap review')))).status).toBe(200);
    const organizerView = (await (await api('hiroshi.tanaka', 'GET', checkinPath(await eventIdOf('hiroshi.tanaka', 'Weekly team meeting')))).json()) as {
      participants: { id: string; name: string; email: string }[];
    };
    const lucia = stack.people.find((p) => p.upn === upnOf('lucia.fernandez'))!;
    expect(organizerView.participants).toContainEqual({ id: lucia.id, name: 'Lucía Fernández', email: lucia.upn });
    expect(organizerView.participants.map((p) => p.email)).not.toContain(upnOf('dmitri.volkov'));
  });
});
