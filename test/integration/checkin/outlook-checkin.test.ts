// The Outlook path through the API, against the emulator's Graph: Outlook's task pane writes the block into the
// appointment itself, then registers the choice so the meeting's side panel finds it. The server never PATCHes the
// invite here; only the organizer may register or remove; strangers get Graph's 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, type ApiError } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let stack: DemoStack;
const { graph, eventIdOf, api } = demoPeople(() => stack);

const etagOf = async (handle: string, eventId: string) => (await graph(handle, `/me/events/${encodeURIComponent(eventId)}?$select=body`))['@odata.etag'];


const checkinPath = (eventId: string, rest = '') => `/api/meetings/${encodeURIComponent(eventId)}/checkin${rest}`;

type CheckinView = { choice: { question: string; scope: string; anonymous: boolean } | null; invite: { status: string; message: string | null } };
const viewOf = async (handle: string, eventId: string) => (await (await api(handle, 'GET', checkinPath(eventId))).json()) as CheckinView;
const errorOf = async (response: Response) => ((await response.json()) as ApiError).error;

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
});
afterAll(() => stack.stop());

describe('[CHECKIN]: registering a check-in written in Outlook', () => {
  const choice = { promptId: null, customQuestion: 'One thing you want from this review?', anonymous: false, scope: 'occurrence' };
  let eventId: string;

  beforeAll(async () => {
    eventId = await eventIdOf('amara.okafor', 'Roadmap review');
  });

  it('stores the organizer’s choice with invite status "outlook" and leaves the invite to Outlook', async () => {
    const etag = await etagOf('amara.okafor', eventId);
    const response = await api('amara.okafor', 'PUT', checkinPath(eventId, '/outlook'), choice);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ choice: { question: choice.customQuestion, kind: 'custom', scope: 'occurrence' }, invite: { status: 'outlook', message: null } });
    // No PATCH: the invite is exactly as it was.
    expect(await etagOf('amara.okafor', eventId)).toBe(etag);
    expect(await viewOf('amara.okafor', eventId)).toMatchObject({ choice: { question: choice.customQuestion }, invite: { status: 'outlook' } });
  });

  it('is found by the attendees’ side panels', async () => {
    const view = await viewOf('priya.raman', await eventIdOf('priya.raman', 'Roadmap review'));
    expect(view.choice?.question).toBe(choice.customQuestion);
    expect(view.invite.status).toBe('outlook');
  });

  it('refuses an attendee with 403', async () => {
    const refused = await api('priya.raman', 'PUT', checkinPath(await eventIdOf('priya.raman', 'Roadmap review'), '/outlook'), choice);
    expect(refused.status).toBe(403);
    expect(await errorOf(refused)).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/Only the organizer/) });
    const removal = await api('priya.raman', 'DELETE', checkinPath(await eventIdOf('priya.raman', 'Roadmap review'), '/outlook'));
    expect(removal.status).toBe(403);
  });

  it('answers 404 to someone outside the meeting, and for an unknown event', async () => {
    const stranger = await api('jonas.weber', 'PUT', checkinPath(eventId, '/outlook'), choice);
    expect(stranger.status).toBe(404);
    expect((await errorOf(stranger)).code).toBe('not_found');
    expect((await api('amara.okafor', 'PUT', checkinPath('AAMkADnot-an-event', '/outlook'), choice)).status).toBe(404);
    expect((await api('jonas.weber', 'DELETE', checkinPath(eventId, '/outlook'))).status).toBe(404);
  });

  it('refuses a bad choice with 400 and says what is wrong', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...choice, customQuestion: 'x'.repeat(501) }, /at most 500 characters/],
      [{ ...choice, promptId: 'mood.oneWord' }, /not both/],
      [{ promptId: null, customQuestion: 'Why?', scope: 'occurrence' }, /anonymous/],
      [{ ...choice, promptId: 'no.such.prompt', customQuestion: null }, /no check-in prompt/],
    ];
    for (const [body, message] of cases) {
      const response = await api('amara.okafor', 'PUT', checkinPath(eventId, '/outlook'), body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(await response.json())).toMatch(message);
    }
  });

  it('refuses the scope "series" for a meeting Outlook has open on its own', async () => {
    const response = await api('amara.okafor', 'PUT', checkinPath(eventId, '/outlook'), { ...choice, scope: 'series' });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/this meeting only/);
  });

  it('removal forgets the choice, leaves the invite alone, and may be repeated', async () => {
    const etag = await etagOf('amara.okafor', eventId);
    const response = await api('amara.okafor', 'DELETE', checkinPath(eventId, '/outlook'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ choice: null });
    expect(await viewOf('amara.okafor', eventId)).toMatchObject({ choice: null, invite: { status: 'none' } });
    expect(await etagOf('amara.okafor', eventId)).toBe(etag);
    expect((await api('amara.okafor', 'DELETE', checkinPath(eventId, '/outlook'))).status).toBe(200);
  });
});

describe('[CHECKIN]: Outlook with a whole series open', () => {
  let occurrenceId: string;
  let masterId: string;
  const forSeries = { promptId: 'roseBudThorn.sinceLast', customQuestion: null, anonymous: true, scope: 'series' };

  beforeAll(async () => {
    occurrenceId = await eventIdOf('priya.raman', 'Design critique');
    masterId = (await graph('priya.raman', `/me/events/${encodeURIComponent(occurrenceId)}?$select=seriesMasterId`)).seriesMasterId as string;
  });

  it('registers a check-in on the series master for every occurrence', async () => {
    const response = await api('priya.raman', 'PUT', checkinPath(masterId, '/outlook'), forSeries);
    expect(response.status).toBe(200);
    expect(await viewOf('priya.raman', occurrenceId)).toMatchObject({ choice: { scope: 'series', anonymous: true }, invite: { status: 'outlook' } });
    const attendeeView = await viewOf('amara.okafor', await eventIdOf('amara.okafor', 'Design critique'));
    expect(attendeeView.choice?.scope).toBe('series');
  });

  it('refuses the scope "occurrence" for the series master', async () => {
    const response = await api('priya.raman', 'PUT', checkinPath(masterId, '/outlook'), { ...forSeries, scope: 'occurrence' });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/whole series/);
  });

  it("an occurrence's own check-in wins, and removing it says the series' check-in applies again", async () => {
    const own = { promptId: null, customQuestion: 'Which screen worries you?', anonymous: false, scope: 'occurrence' };
    expect((await api('priya.raman', 'PUT', checkinPath(occurrenceId, '/outlook'), own)).status).toBe(200);
    expect((await viewOf('priya.raman', occurrenceId)).choice?.question).toBe(own.customQuestion);

    const removal = await api('priya.raman', 'DELETE', checkinPath(occurrenceId, '/outlook'));
    expect(removal.status).toBe(200);
    expect(((await removal.json()) as { choice: { scope: string } | null }).choice).toMatchObject({ scope: 'series', anonymous: true });
    expect((await viewOf('priya.raman', occurrenceId)).choice?.scope).toBe('series');

    expect(await (await api('priya.raman', 'DELETE', checkinPath(masterId, '/outlook'))).json()).toEqual({ choice: null });
    expect((await viewOf('priya.raman', occurrenceId)).choice).toBeNull();
  });
});
